using ReviewTimelines.Conflicts;
using ReviewTimelines.Model;
using ReviewTimelines.Tests.Shared;

namespace ReviewTimelines.Tests.Conflicts;

/// <summary>The detector on the illustrative sample timetable (samples/sample-timetable.json: published 2020–2022 meetings and sample reviews with planted situations).</summary>
public sealed class PlantedSituationTests
{
    private static readonly Timetable Sample = SampleTimetableFile.Timetable;

    /// <summary>The situations planted on purpose (each review's note in the file describes its own).</summary>
    private static readonly (ConflictKind Kind, string Resource, string[] Items)[] Planted =
    [
        (ConflictKind.CountryVisitOverlap, "country:AUT", ["stage:SAMPLE-GRECO5-AUT/G3", "stage:SAMPLE-WGB4-AUT/W4"]),
        (ConflictKind.PersonDoubleBooked, "person:ESP-EXPERT-1", ["stage:SAMPLE-GRECO5-AUT/G3", "stage:SAMPLE-IRM2-ARE/U8"]),
        (ConflictKind.VisitDuringPlenary, "person:PER-EXPERT-1", ["stage:SAMPLE-IRM2-COL/U8", "meeting:IRG-12"]),
        (ConflictKind.Blackout, "country:ARE", ["stage:SAMPLE-ACAC-ARE/U8"]),
        (ConflictKind.DeadlineOnNonWorkingDay, "country:ARE", ["stage:SAMPLE-IRM2-ARE/U4"]),
        (ConflictKind.JointVisitOpportunity, "country:COL", ["stage:SAMPLE-MESICIC-COL/M3", "stage:SAMPLE-IRM2-COL/U8"]),
    ];

    [Fact]
    public void Detect_SampleTimetable_FindsEveryPlantedSituationAndOneRealPlenaryClash()
    {
        var conflicts = new ConflictDetector().Detect(Sample);

        // Intervals worked out from the sample's dates: Vienna +02:00, Dubai +04:00, Bogotá -05:00 in 2021; the FATF week starts Sunday 20 June.
        conflicts.Select(c => (c.Kind, c.Severity, c.Resource.ToString(), string.Join(" ", c.Items), c.Interval.ToString())).Should().Equal(
            (ConflictKind.JointVisitOpportunity, ConflictSeverity.Opportunity, "country:COL", "stage:SAMPLE-MESICIC-COL/M3 stage:SAMPLE-IRM2-COL/U8", "2021-05-22T05:00:00Z/2021-06-15T05:00:00Z"),
            (ConflictKind.VisitDuringPlenary, ConflictSeverity.Hard, "country:COL", "stage:SAMPLE-IRM2-COL/U8 meeting:IRG-12", "2021-06-15T05:00:00Z/2021-06-17T05:00:00Z"),
            (ConflictKind.VisitDuringPlenary, ConflictSeverity.Hard, "person:PER-EXPERT-1", "stage:SAMPLE-IRM2-COL/U8 meeting:IRG-12", "2021-06-15T05:00:00Z/2021-06-17T05:00:00Z"),
            (ConflictKind.PlenaryClash, ConflictSeverity.Soft, "country:ARG", "meeting:IRG-12 meeting:FATF-2021-06", "2021-06-18T22:00:00Z/2021-06-19T22:00:00Z"),
            (ConflictKind.DeadlineOnNonWorkingDay, ConflictSeverity.Hard, "country:ARE", "stage:SAMPLE-IRM2-ARE/U4", "2021-07-01T20:00:00Z/2021-07-02T20:00:00Z"),
            (ConflictKind.PersonDoubleBooked, ConflictSeverity.Hard, "person:ESP-EXPERT-1", "stage:SAMPLE-IRM2-ARE/U8 stage:SAMPLE-GRECO5-AUT/G3", "2021-09-26T22:00:00Z/2021-09-29T20:00:00Z"),
            (ConflictKind.CountryVisitOverlap, ConflictSeverity.Hard, "country:AUT", "stage:SAMPLE-GRECO5-AUT/G3 stage:SAMPLE-WGB4-AUT/W4", "2021-09-28T22:00:00Z/2021-10-01T22:00:00Z"),
            (ConflictKind.Blackout, ConflictSeverity.Soft, "country:ARE", "stage:SAMPLE-ACAC-ARE/U8 soft-period:country:ARE@Ramadan 2023", "2023-03-27T20:00:00Z/2023-03-30T20:00:00Z"));
    }

    [Fact]
    public void Detect_SampleTimetable_EachPlantedSituationMatchesAConflict()
    {
        var conflicts = new ConflictDetector().Detect(Sample);

        foreach (var (kind, resource, items) in Planted)
        {
            conflicts.Should().Contain(
                c => c.Kind == kind && c.Resource.ToString() == resource && items.All(i => c.Items.Select(x => x.ToString()).Contains(i)),
                "the planted {0} on {1} must be found", kind, resource);
        }
    }

    [Fact]
    public void Detect_SampleTimetable_SentencesUseLocalDates()
    {
        var conflicts = new ConflictDetector().Detect(Sample);

        conflicts.Single(c => c.Kind == ConflictKind.CountryVisitOverlap).Description.Should().Be(
            "GRECO's country visit to Austria (2021-09-27 to 2021-10-01) overlaps OECD WGB's country visit to Austria (2021-09-29 to 2021-10-01) by 3 days.");
        conflicts.Single(c => c.Kind == ConflictKind.JointVisitOpportunity).Description.Should().Be(
            "OAS MESICIC's country visit to Colombia (2021-05-19 to 2021-05-21) and UNCAC IRM's country visit to Colombia (2021-06-15 to 2021-06-16) are 24 days apart: consider a joint visit to Colombia.");
    }
}

using System.Collections.Immutable;
using NodaTime;
using ReviewTimelines.Conflicts;
using ReviewTimelines.Intervals;
using ReviewTimelines.Model;
using static ReviewTimelines.Tests.Conflicts.ConflictWorld;

namespace ReviewTimelines.Tests.Conflicts;

public sealed class ConflictDetectorTests
{
    private static Timetable Busy() => new ConflictWorld()
        .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
        .Visit("B", Wgb, Aut, D(2021, 3, 10), D(2021, 3, 16), Expert)
        .Visit("C", Irm, Isr, D(2021, 4, 4), D(2021, 4, 8), Expert)
        .Plenary("WGB plenary", Wgb, D(2021, 4, 6), D(2021, 4, 7), [Isr], GrecoStaff)
        .Build();

    [Fact]
    public void Detect_DefaultOptions_AllKindsInDocumentedOrder()
    {
        var conflicts = new ConflictDetector().Detect(Busy());

        conflicts.Select(c => (c.Kind, c.Resource.ToString())).Should().Equal(
            (ConflictKind.CountryVisitOverlap, "country:AUT"),
            (ConflictKind.PersonDoubleBooked, "person:expert-deu"),
            (ConflictKind.Blackout, "country:AUT"), // Sat-Sun 13-14 March of visit B
            (ConflictKind.VisitDuringPlenary, "country:ISR"));
    }

    [Fact]
    public void Detect_ResultOrder_DoesNotDependOnInputOrder()
    {
        var forward = Busy();
        var backward = new ConflictWorld()
            .Plenary("WGB plenary", Wgb, D(2021, 4, 6), D(2021, 4, 7), [Isr], GrecoStaff)
            .Visit("C", Irm, Isr, D(2021, 4, 4), D(2021, 4, 8), Expert)
            .Visit("B", Wgb, Aut, D(2021, 3, 10), D(2021, 3, 16), Expert)
            .Visit("A", Greco, Aut, D(2021, 3, 8), D(2021, 3, 12), Expert)
            .Build();

        new ConflictDetector().Detect(backward).Should().Equal(new ConflictDetector().Detect(forward));
    }

    [Fact]
    public void Detect_SeverityOverrideAndDisabledKinds_Applied()
    {
        var options = new ConflictDetectorOptions();
        options.Kinds.Remove(ConflictKind.Blackout);
        options.Severities[ConflictKind.CountryVisitOverlap] = ConflictSeverity.Soft;
        var detector = new ConflictDetector(options);
        options.Kinds.Clear(); // the detector copied the options

        var conflicts = detector.Detect(Busy());

        conflicts.Should().HaveCount(3);
        conflicts.Should().NotContain(c => c.Kind == ConflictKind.Blackout);
        conflicts[0].Severity.Should().Be(ConflictSeverity.Soft);
        detector.Kinds.Should().HaveCount(Enum.GetValues<ConflictKind>().Length - 1);
    }

    [Fact]
    public void Detect_EvaluationWindow_ChecksOnlyItemsOverlappingIt()
    {
        var options = new ConflictDetectorOptions
        {
            EvaluationWindow = InstantRange.FromInstants(Instant.FromUtc(2021, 4, 1, 0, 0), Instant.FromUtc(2021, 5, 1, 0, 0)),
        };

        var conflicts = new ConflictDetector(options).Detect(Busy());

        conflicts.Should().ContainSingle().Which.Kind.Should().Be(ConflictKind.VisitDuringPlenary);
    }

    [Fact]
    public void Detect_ConcurrentCalls_SameResult()
    {
        var detector = new ConflictDetector();
        var timetable = Busy();
        var expected = detector.Detect(timetable);

        var results = new ImmutableArray<Conflict>[16];
        Parallel.For(0, results.Length, i => results[i] = detector.Detect(timetable));

        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void Detect_EmptyTimetable_NoConflicts()
    {
        new ConflictDetector().Detect(Timetable.Empty).Should().BeEmpty();
    }

    [Fact]
    public void Detect_OutsideBusyOnUnknownResource_ThrowsNamingIt()
    {
        var busy = new ExternalBusy("feed.ics#x", TimetableResource.ForPerson(new PersonId("nobody")), InstantRange.AtInstant(Instant.FromUtc(2021, 1, 1, 0, 0)), "x");

        var act = () => new ConflictDetector().Detect(Busy(), [busy]);

        act.Should().Throw<ArgumentException>().WithMessage("*feed.ics#x*person:nobody*");
    }

    [Fact]
    public void Detect_NullArguments_Throw()
    {
        var detector = new ConflictDetector();

        ((Action)(() => detector.Detect(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => detector.Detect(Busy(), null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => detector.Detect(Busy(), [null!]))).Should().Throw<ArgumentException>().WithMessage("*position 0*");
    }

    [Theory]
    [InlineData(-1, 8)]
    [InlineData(261, 8)]
    [InlineData(10, -1)]
    [InlineData(10, 105)]
    public void Constructor_OutOfRangeOptions_Throws(int separation, int weeks)
    {
        var options = new ConflictDetectorOptions { VisitSeparationWorkingDays = separation, JointVisitWindowWeeks = weeks };

        ((Action)(() => _ = new ConflictDetector(options))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Constructor_InvalidParallelism_Throws(int degree)
    {
        var options = new ConflictDetectorOptions { MaxDegreeOfParallelism = degree };

        ((Action)(() => _ = new ConflictDetector(options))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDegreeOfParallelism*");
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var options = new ConflictDetectorOptions();
        options.Kinds.Add((ConflictKind)42);

        ((Action)(() => _ = new ConflictDetector(options))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ConflictId_SameKindItemsAndResource_SameIdOtherwiseDifferent()
    {
        var items = ImmutableArray.Create(ConflictItemRef.For(new StageId("A")), ConflictItemRef.For(new StageId("B")));
        var aut = TimetableResource.ForCountry(Aut);

        var id = ConflictId.Derive(ConflictKind.CountryVisitOverlap, aut, items);

        ConflictId.Derive(ConflictKind.CountryVisitOverlap, aut, items).Should().Be(id);
        ConflictId.Derive(ConflictKind.JointVisitOpportunity, aut, items).Should().NotBe(id);
        ConflictId.Derive(ConflictKind.CountryVisitOverlap, TimetableResource.ForCountry(Isr), items).Should().NotBe(id);
        ConflictId.Derive(ConflictKind.CountryVisitOverlap, aut, items.Reverse()).Should().NotBe(id);
        id.Value.Should().MatchRegex("^country-visit-overlap/[0-9a-f]{16}$");
    }

    [Fact]
    public void Conflict_InvalidArguments_Throw()
    {
        var range = InstantRange.AtInstant(Instant.FromUtc(2021, 1, 1, 0, 0));
        var aut = TimetableResource.ForCountry(Aut);
        ImmutableArray<ConflictItemRef> one = [ConflictItemRef.For(new StageId("A"))];

        ((Action)(() => _ = new Conflict(ConflictKind.Blackout, ConflictSeverity.Hard, [], aut, range, "x"))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Conflict(ConflictKind.Blackout, ConflictSeverity.Hard, [default], aut, range, "x"))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Conflict(ConflictKind.Blackout, ConflictSeverity.Hard, one, default, range, "x"))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Conflict(ConflictKind.Blackout, ConflictSeverity.Hard, one, aut, range, " "))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new Conflict((ConflictKind)99, ConflictSeverity.Hard, one, aut, range, "x"))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ConflictItemRef_TimetableItemRoundTrip_AndText()
    {
        var stage = ConflictItemRef.For(TimetableItemRef.For(new StageId("A")));

        stage.TryGetTimetableItem(out var back).Should().BeTrue();
        back.Should().Be(TimetableItemRef.For(new StageId("A")));
        stage.ToString().Should().Be("stage:A");
        ConflictItemRef.CalendarDay("country:AUT@2021-04-03").TryGetTimetableItem(out _).Should().BeFalse();
        ((Action)(() => ConflictItemRef.For(TimetableItemRef.For(new PersonId("p"))))).Should().Throw<ArgumentException>();
    }
}

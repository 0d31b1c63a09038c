using NodaTime;
using ReviewTimelines.Calendars;
using static ReviewTimelines.ICalendar.Tests.TestData;

namespace ReviewTimelines.ICalendar.Tests.Docs;

/// <summary>
/// Field case BC-17 on the import side, cited by docs/faq.md: BYSETPOS and positional BYDAY in imported RRULEs, with the
/// dates FIELD-CASES.md states, and the same "last working day" computed by the working calendar.
/// </summary>
public sealed class FaqFieldCaseTests
{
    private static string Wrap(string body) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body.Replace("\n", "\r\n", StringComparison.Ordinal) + "END:VCALENDAR\r\n";

    private static LocalDate[] ImportedDates(string rrule, string start) =>
        ImportIcs(
                Wrap($"BEGIN:VEVENT\nUID:bc17\nDTSTAMP:20040101T000000Z\nDTSTART;VALUE=DATE:{start}\nRRULE:{rrule}\nSUMMARY:Deadline\nEND:VEVENT\n"),
                Options("Europe/Vienna"))
            .Events.Select(e => e.Dates!.Start).ToArray();

    [Fact]
    public void BC17a_LastWorkdayRuleWithBySetPos_GivesTheLastWeekdayOfEachMonth()
    {
        var dates = ImportedDates("FREQ=MONTHLY;COUNT=12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "20040531");

        dates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal(
            "2004-05-31", "2004-06-30", "2004-07-30", "2004-08-31", "2004-09-30", "2004-10-29",
            "2004-11-30", "2004-12-31", "2005-01-31", "2005-02-28", "2005-03-31", "2005-04-29");
    }

    [Fact]
    public void BC17b_FridaySaturdayWeekendRule_ImportedAndCalendarAgree()
    {
        var dates = ImportedDates("FREQ=MONTHLY;COUNT=6;BYDAY=SU,MO,TU,WE,TH;BYSETPOS=-1", "20250130");
        var israel = new WorkingCalendarBuilder("ISR", Zone("Asia/Jerusalem")).AddWeekendRule(WeekendRule.FridaySaturday).Build();
        var fromCalendar = Enumerable.Range(1, 6).Select(m => israel.LastWorkingDayOfMonth(new YearMonth(2025, m)));

        dates.Should().Equal(Date("2025-01-30"), Date("2025-02-27"), Date("2025-03-31"), Date("2025-04-30"), Date("2025-05-29"), Date("2025-06-30"));
        fromCalendar.Should().Equal(dates);
    }

    [Fact]
    public void BC17c_FourthThursdayRule_IsNotTheLastThursday()
    {
        // Created on Thu 2026-02-26, the 4th (and last) Thursday of February; April 2026 has five Thursdays.
        var fourth = ImportedDates("FREQ=MONTHLY;COUNT=3;BYDAY=4TH", "20260226");
        var last = ImportedDates("FREQ=MONTHLY;COUNT=3;BYDAY=-1TH", "20260226");

        fourth.Should().Equal(Date("2026-02-26"), Date("2026-03-26"), Date("2026-04-23"));
        last.Should().Equal(Date("2026-02-26"), Date("2026-03-26"), Date("2026-04-30"));
    }
}

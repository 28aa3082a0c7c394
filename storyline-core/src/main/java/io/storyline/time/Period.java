package io.storyline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A calendar period at some precision with its TIMEX3 value and the days it covers. */
record Period(Precision precision, String value, DateRange range) {

    static Period day(LocalDate d) {
        return new Period(Precision.DAY, d.toString(), DateRange.of(d));
    }

    static Period week(LocalDate any) {
        LocalDate monday = any.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int wy = monday.get(IsoFields.WEEK_BASED_YEAR);
        int w = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String v = String.format(Locale.ROOT, "%04d-W%02d", wy, w);
        return new Period(Precision.WEEK, v, new DateRange(monday, monday.plusDays(6)));
    }

    static Period weekend(LocalDate any) {
        Period w = week(any);
        LocalDate sat = w.range.first().plusDays(5);
        return new Period(Precision.RANGE, w.value + "-WE", new DateRange(sat, sat.plusDays(1)));
    }

    static Period month(YearMonth ym) {
        return new Period(Precision.MONTH, ym.toString(), new DateRange(ym.atDay(1), ym.atEndOfMonth()));
    }

    static Period month(LocalDate any) {
        return month(YearMonth.from(any));
    }

    static Period quarter(int year, int q) {
        LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
        return new Period(Precision.QUARTER, year + "-Q" + q, range(first, first.plusMonths(3)));
    }

    static Period quarter(LocalDate any) {
        return quarter(any.getYear(), any.get(IsoFields.QUARTER_OF_YEAR));
    }

    static Period half(int year, int h) {
        LocalDate first = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        return new Period(Precision.HALF, year + "-H" + h, range(first, first.plusMonths(6)));
    }

    /**
     * A northern-hemisphere meteorological season: SP March-May, SU June-August, FA September-November,
     * WI December of {@code year} to February of the next.
     */
    static Period season(int year, String code) {
        int startMonth = switch (code) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            default -> 12;
        };
        LocalDate first = LocalDate.of(year, startMonth, 1);
        return new Period(Precision.SEASON, year + "-" + code, range(first, first.plusMonths(3)));
    }

    /** The season a day falls in (January and February belong to the previous year's winter). */
    static Period seasonOf(LocalDate d) {
        int m = d.getMonthValue();
        if (m <= 2) {
            return season(d.getYear() - 1, "WI");
        }
        String code = m <= 5 ? "SP" : m <= 8 ? "SU" : m <= 11 ? "FA" : "WI";
        return season(d.getYear(), code);
    }

    static Period year(int year) {
        return new Period(
                Precision.YEAR,
                String.format(Locale.ROOT, "%04d", year),
                new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    static Period decade(int firstYear) {
        int y = Math.floorDiv(firstYear, 10) * 10;
        return new Period(
                Precision.DECADE,
                String.format(Locale.ROOT, "%03d", y / 10),
                new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
    }

    static Period century(int firstYear) {
        int y = Math.floorDiv(firstYear, 100) * 100;
        return new Period(
                Precision.CENTURY,
                String.format(Locale.ROOT, "%02d", y / 100),
                new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y + 99, 12, 31)));
    }

    static Period interval(LocalDate first, LocalDate last) {
        DateRange r = new DateRange(first, last);
        return new Period(first.equals(last) ? Precision.DAY : Precision.RANGE, r.toString(), r);
    }

    /** The period of the same precision {@code n} units away (a day, week, month, quarter, ...). */
    Period shift(long n) {
        LocalDate f = range.first();
        return switch (precision) {
            case DAY, TIME -> day(f.plusDays(n));
            case WEEK -> week(f.plusWeeks(n));
            case MONTH -> month(f.plusMonths(n));
            case QUARTER -> quarter(f.plusMonths(3 * n));
            case HALF -> {
                LocalDate d = f.plusMonths(6 * n);
                yield half(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
            }
            case SEASON -> seasonOf(f.plusMonths(3 * n));
            case YEAR -> year(f.getYear() + (int) n);
            case DECADE -> decade(f.getYear() + 10 * (int) n);
            case CENTURY -> century(f.getYear() + 100 * (int) n);
            case RANGE, NONE -> this;
        };
    }

    /** The period of {@code precision} containing {@code day}. */
    static Period of(Precision precision, LocalDate day) {
        return switch (precision) {
            case WEEK -> week(day);
            case MONTH -> month(day);
            case QUARTER -> quarter(day);
            case HALF -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> seasonOf(day);
            case YEAR -> year(day.getYear());
            case DECADE -> decade(day.getYear());
            case CENTURY -> century(day.getYear());
            default -> day(day);
        };
    }

    /** This period with its range narrowed to {@code first..last} (kept inside the period). */
    Period narrowed(LocalDate first, LocalDate last) {
        LocalDate f = first.isBefore(range.first()) ? range.first() : first;
        LocalDate l = last.isAfter(range.last()) ? range.last() : last;
        if (l.isBefore(f)) {
            return this;
        }
        return new Period(precision, value, new DateRange(f, l));
    }

    private static DateRange range(LocalDate first, LocalDate endExclusive) {
        return new DateRange(first, endExclusive.minusDays(1));
    }
}

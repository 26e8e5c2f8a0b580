package vn.phoyen.workflow.calendar;

import java.time.LocalDate;

/**
 * Dates of the Vietnamese lunisolar calendar (âm lịch), computed for Hanoi time (UTC+7): Hồ Ngọc Đức's method, with
 * Jean Meeus's approximations of new moons and the sun's longitude. A Chinese-calendar library (ICU's
 * {@code ChineseCalendar}, computed for UTC+8) would give Tết 2030 a day late, because a new moon near midnight falls
 * on different civil days in Beijing and Hanoi; ICU's way of choosing another meridian is an internal, deprecated
 * constructor. This class is a few formulas, so it is written here and checked against the published dates.
 */
final class VietnameseLunarCalendar {

    private static final double TIME_ZONE_HOURS = 7.0;

    /** Julian day number of 1 January 1970. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588;

    private static final double SYNODIC_MONTH = 29.530588853;

    /** Julian day of the new moon of 1 January 1900, from which the new moons are numbered. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private VietnameseLunarCalendar() {
    }

    /** The civil date of a day of a (non-leap) lunar month of the lunar year that begins in {@code lunarYear}. */
    static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (b11 - a11 > 365) {
            // a year of 13 months: months after the leap month are one new moon later
            int leapOffset = leapMonthOffset(a11);
            if (offset >= leapOffset) {
                offset += 1;
            }
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The first day of the lunar year (Tết Nguyên đán) that begins in the given Gregorian year. */
    static LocalDate lunarNewYear(int year) {
        return toSolar(year, 1, 1);
    }

    /** The day of the new moon that begins the 11th lunar month (the month of the winter solstice) around the year's end. */
    private static long lunarMonth11(int year) {
        long offset = toJulianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Which month after month 11 is the leap month: the first with no major solar term (its sun sector repeats). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunLongitudeSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
    }

    /** The sun's longitude at the start of the local day, as one of 12 sectors of 30°. */
    private static int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI * 6);
    }

    /** Julian day (with fraction, UT) of the k-th new moon after 1 January 1900 (Meeus, Astronomical Algorithms). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 ≤ L < 2π, at a Julian day (Meeus). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static long toJulianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_JULIAN_DAY;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
    }
}

package org.newsevents.sink;

import java.util.Comparator;

/**
 * Orders extractor versions so "newer" has a meaning: runs of digits compare as numbers, other
 * characters as text ({@code v2 < v10}, {@code 0.9.1 < 0.10.0}). A version that is a prefix of another
 * is older ({@code 1.0 < 1.0-fix}). Written by hand because it is a dozen lines and a library for
 * it (Maven's ComparableVersion) would bring Maven itself onto the classpath.
 */
public final class ExtractorVersions {
    public static final Comparator<String> ORDER = ExtractorVersions::compare;

    private ExtractorVersions() {
    }

    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    public static boolean isOlder(String version, String than) {
        return compare(version, than) < 0;
    }

    public static String newest(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return compare(a, b) >= 0 ? a : b;
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String x, String y) {
        String a = stripZeros(x);
        String b = stripZeros(y);
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        int c = a.compareTo(b);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }

    private static String stripZeros(String s) {
        int k = 0;
        while (k < s.length() - 1 && s.charAt(k) == '0') {
            k++;
        }
        return s.substring(k);
    }
}

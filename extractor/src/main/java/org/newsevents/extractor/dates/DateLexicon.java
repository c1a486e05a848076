package org.newsevents.extractor.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.schemas.Granularity;

/**
 * The word lists of the date grammar, read once from the data files next to this class
 * (src/main/resources/org/newsevents/extractor/dates). Immutable, shared by all threads.
 */
public final class DateLexicon {
    private static final String BASE = "/org/newsevents/extractor/dates/";

    final Map<String, Integer> monthsFull;
    final Map<String, Integer> monthsAbbreviated;
    final Map<String, Integer> weekdaysFull;
    final Map<String, Integer> weekdaysAbbreviated;
    final Map<String, Integer> numberWords;
    final Map<String, Granularity> units;
    /** First word of each named-day phrase -> the phrases, each as its lowercase tokens. */
    final Map<String, List<List<String>>> namedDays;
    final Set<String> monthContext;
    final Set<String> determiners;
    final Set<String> yearContext;
    final Set<String> numberBlockersBefore;
    final Set<String> numberBlockersAfter;
    final Set<String> vaguePreceders;
    /** First word of each future marker -> the markers, as lowercase tokens. */
    final Map<String, List<List<String>>> futureMarkers;
    final Set<String> pastVerbs;
    final Set<String> presentMarkers;
    final Set<String> todayNowadays;
    final Set<String> speechVerbs;
    /** First word of each period phrase -> the phrases ("the current year", "that month"). */
    final Map<String, List<PeriodPhrase>> periodPhrases;
    final Set<String> periodNouns;
    final Set<String> durationPreceders;
    /** Deadline cues ("payable", "extended to"), each as its lowercase tokens. */
    final List<List<String>> deadlineCues;
    /** Deadline prepositions ("by", "until"), which count only outside a past clause. */
    final List<List<String>> deadlinePrepositions;

    private DateLexicon() {
        Map<String, Integer> mf = new HashMap<>();
        Map<String, Integer> ma = new HashMap<>();
        readNamed("months.txt", mf, ma);
        Map<String, Integer> wf = new HashMap<>();
        Map<String, Integer> wa = new HashMap<>();
        readNamed("weekdays.txt", wf, wa);
        monthsFull = Map.copyOf(mf);
        monthsAbbreviated = Map.copyOf(ma);
        weekdaysFull = Map.copyOf(wf);
        weekdaysAbbreviated = Map.copyOf(wa);
        Map<String, Integer> numbers = new HashMap<>();
        for (String[] f : fields("numbers.txt", 2)) {
            numbers.put(f[0], Integer.parseInt(f[1]));
        }
        numberWords = Map.copyOf(numbers);
        Map<String, Granularity> u = new HashMap<>();
        for (String[] f : fields("units.txt", 2)) {
            u.put(f[0], Granularity.valueOf(f[1]));
        }
        units = Map.copyOf(u);
        namedDays = byFirstWord(phrases("named-days.txt"));
        monthContext = words("month-context.txt");
        determiners = words("determiners.txt");
        yearContext = words("year-context.txt");
        numberBlockersBefore = words("number-blockers-before.txt");
        numberBlockersAfter = words("number-blockers-after.txt");
        vaguePreceders = words("vague-preceders.txt");
        futureMarkers = byFirstWord(phrases("future-markers.txt"));
        pastVerbs = words("past-verbs.txt");
        presentMarkers = words("present-markers.txt");
        todayNowadays = words("today-nowadays.txt");
        speechVerbs = words("speech-verbs.txt");
        periodPhrases = readPeriodPhrases();
        periodNouns = words("period-nouns.txt");
        durationPreceders = words("duration-preceders.txt");
        deadlineCues = List.copyOf(phrases("deadline-cues.txt"));
        deadlinePrepositions = List.copyOf(phrases("deadline-prepositions.txt"));
    }

    private static Map<String, List<PeriodPhrase>> readPeriodPhrases() {
        Map<String, List<PeriodPhrase>> out = new HashMap<>();
        for (String[] f : fields("period-phrases.txt", 4)) {
            String phrase = String.join(" ", java.util.Arrays.copyOfRange(f, 3, f.length));
            List<String> tokens = DateLexer.lex(phrase, 0, phrase.length()).stream().map(LexToken::lower).toList();
            PeriodPhrase p = new PeriodPhrase(DateMatch.Anaphora.valueOf(anchorName(f[0])),
                    Granularity.valueOf(f[1]), Integer.parseInt(f[2]), tokens);
            out.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(p);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static String anchorName(String column) {
        return column.equals("PUBLICATION") ? "NONE" : column;
    }

    private static final class Holder {
        static final DateLexicon INSTANCE = new DateLexicon();
    }

    /** The lexicon from the bundled data files; throws {@link IllegalStateException} naming a missing file. */
    public static DateLexicon get() {
        return Holder.INSTANCE;
    }

    Integer month(LexToken t) {
        Integer m = monthsFull.get(t.lower());
        return m != null ? m : monthsAbbreviated.get(t.lower());
    }

    /** True for month and weekday names and abbreviations (lowercase input). */
    public boolean isCalendarWord(String lower) {
        return monthsFull.containsKey(lower) || monthsAbbreviated.containsKey(lower)
                || weekdaysFull.containsKey(lower) || weekdaysAbbreviated.containsKey(lower);
    }

    boolean isMonthAbbreviation(LexToken t) {
        return monthsAbbreviated.containsKey(t.lower());
    }

    private static void readNamed(String file, Map<String, Integer> full, Map<String, Integer> abbreviated) {
        for (String[] f : fields(file, 2)) {
            int n = Integer.parseInt(f[0]);
            full.put(f[1], n);
            for (int i = 2; i < f.length; i++) {
                abbreviated.put(f[i], n);
            }
        }
    }

    private static Map<String, List<List<String>>> byFirstWord(List<List<String>> phrases) {
        Map<String, List<List<String>>> out = new HashMap<>();
        for (List<String> phrase : phrases) {
            out.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(DateLexer.normalize(line));
        }
        return Set.copyOf(out);
    }

    /** Each line as the lowercase tokens the {@link DateLexer} would produce for it. */
    private static List<List<String>> phrases(String file) {
        List<List<String>> out = new ArrayList<>();
        for (String line : lines(file)) {
            List<String> tokens = DateLexer.lex(line, 0, line.length()).stream().map(LexToken::lower).toList();
            if (!tokens.isEmpty() && !out.contains(tokens)) {
                out.add(tokens);
            }
        }
        return out;
    }

    private static List<String[]> fields(String file, int min) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] f = line.split("\\s+");
            if (f.length < min) {
                throw new IllegalStateException(BASE + file + ": expected at least " + min + " fields in '" + line + "'");
            }
            out.add(f);
        }
        return out;
    }

    private static List<String> lines(String file) {
        return org.newsevents.extractor.text.LexiconFile.lines(DateLexicon.class, BASE + file);
    }
}

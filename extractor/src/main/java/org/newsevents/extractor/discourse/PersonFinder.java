package org.newsevents.extractor.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;

/**
 * Finds the people an article names without NER: runs of capitalised proper-noun tokens that the
 * gazetteer does not know as a state or body and that hold no institution noun, with honorifics
 * and role words in front taken off ("Foreign Minister Anna Lee" -> "Anna Lee"). Two passes, both
 * linear: full names (two to four words) first, then single names linked to the one full name that
 * holds them, or kept as a person when a courtesy title introduces them ("Mr. Lee").
 */
final class PersonFinder {
    private static final int MAX_NAME_WORDS = 4;

    private final NameLexicon lex;
    private final ActorResolver actors;

    PersonFinder(NameLexicon lex, ActorResolver actors) {
        this.lex = lex;
        this.actors = actors;
    }

    /** @param evidence a title, honorific or appositive role, or a speech verb, marks the run as a person */
    private record Run(int start, int end, String name, String[] parts, boolean honorific, boolean subject,
                       boolean inQuote, boolean evidence, boolean afterOf) {
    }

    EntityRegistry find(AnalyzedArticle article, QuoteMap quotes) {
        int headline = article.headline().map(Paragraph::index).orElse(-1);
        List<Run> runs = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : article.sentences()) {
            if (s.paragraphIndex() != headline && !article.paragraph(s.paragraphIndex()).boilerplate()) {
                boolean afterHonorific = previous != null && previous.paragraphIndex() == s.paragraphIndex()
                        && endsWithHonorific(previous.tokens());
                runsOf(article.text(), s, quotes, afterHonorific, runs);
            }
            previous = s;
        }
        List<Person> persons = new ArrayList<>();
        Map<String, Integer> byFullName = new HashMap<>();
        Map<String, Integer> byPart = new HashMap<>();
        Map<String, Integer> lastLoneUse = lastLoneUse(runs);
        for (Run r : runs) {
            if (r.parts().length >= 2 && (r.evidence() || namedAloneWithEvidence(r, lastLoneUse))) {
                String full = r.name();
                Integer id = byFullName.get(full);
                if (id == null) {
                    id = persons.size();
                    persons.add(new Person(id, full));
                    byFullName.put(full, id);
                    index(byPart, r.parts(), id);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Run r : runs) {
            if (r.parts().length >= 2) {
                Integer id = byFullName.get(r.name());
                if (id != null) {
                    mentions.add(new Mention(r.start(), r.end(), id, r.inQuote(), r.subject(), "full-name"));
                }
                continue;
            }
            String k = EntityRegistry.key(r.parts()[0]);
            Integer id = byPart.get(k);
            String sieve = "surname";
            if (id == null && r.honorific()) {
                id = byFullName.get(r.name());
                if (id == null) {
                    id = persons.size();
                    persons.add(new Person(id, r.name()));
                    byFullName.put(r.name(), id);
                    byPart.putIfAbsent(k, id);
                }
                sieve = "honorific";
            }
            if (id != null && id >= 0) {
                mentions.add(new Mention(r.start(), r.end(), id, r.inQuote(), r.subject(), sieve));
            }
        }
        return new EntityRegistry(persons, mentions, byPart);
    }

    /**
     * "his counterpart, Anna Lee, ..." gives no role noun next to the name, but "Lee said" later does:
     * a full name whose first or last part is used alone as a speaker or after a title is a person.
     * Runs are few per article (tens), so the scan stays cheap.
     */
    private static boolean namedAloneWithEvidence(Run full, Map<String, Integer> lastLoneUse) {
        if (full.parts().length > 3 || full.afterOf()) {
            return false; // "Secretary of State NAME": the run holds the end of a title
        }
        String lastPart = full.parts()[full.parts().length - 1];
        String last = EntityRegistry.key(lastPart);
        // the first part stands alone only for a family name written first ("Pak Su-in")
        String first = lastPart.contains("-") ? EntityRegistry.key(full.parts()[0]) : last;
        return lastLoneUse.getOrDefault(last, -1) > full.start() || lastLoneUse.getOrDefault(first, -1) > full.start();
    }

    /** Where each name used alone with evidence (a title, a speech verb) is last used, outside quotations. */
    private static Map<String, Integer> lastLoneUse(List<Run> runs) {
        Map<String, Integer> out = new HashMap<>();
        for (Run r : runs) {
            if (r.parts().length == 1 && r.evidence() && !r.inQuote()) {
                out.put(EntityRegistry.key(r.parts()[0]), r.start());
            }
        }
        return out;
    }

    /** "Sen." at the end of the previous sentence: the splitter cut after an abbreviated title. */
    private boolean endsWithHonorific(List<Token> t) {
        int n = t.size();
        return n >= 1 && lex.isHonorific(lower(t.get(n - 1).text()))
                || n >= 2 && t.get(n - 1).text().equals(".") && lex.isHonorific(lower(t.get(n - 2).text()));
    }

    /** Surname and forename point to the person; a part two people share points nowhere. */
    private static void index(Map<String, Integer> byPart, String[] parts, int id) {
        for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
            String k = EntityRegistry.key(part);
            Integer old = byPart.get(k);
            byPart.put(k, old == null || old == id ? id : -1);
        }
    }

    private void runsOf(String text, Sentence s, QuoteMap quotes, boolean afterHonorific, List<Run> out) {
        List<Token> t = s.tokens();
        boolean[] actor = new boolean[t.size()];
        for (ActorResolver.ActorMention m : actors.find(t, 0, t.size())) {
            for (int k = m.firstToken(); k <= m.lastToken() && k < actor.length; k++) {
                actor[k] = true;
            }
        }
        boolean verbSeen = false;
        boolean nounSeen = false;
        int i = 0;
        while (i < t.size()) {
            if (!isNamePart(t, i)) {
                String w = t.get(i).text();
                if (w.equals(",") && !nounSeen && !quotes.inQuote(t.get(i).start())) {
                    // "After the talks broke down, NAME said": the verbs of an opening clause do not count
                    verbSeen = false;
                } else {
                    // verbs inside a quotation do not make the sentence's later names objects
                    verbSeen |= isVerb(t.get(i)) && !quotes.inQuote(t.get(i).start());
                    nounSeen |= isPronoun(t.get(i)) && (i == 0 || !"ADP".equals(t.get(i - 1).pos()));
                }
                i++;
                continue;
            }
            // a name after a preposition ("in Manila") belongs to the opening clause, not the sentence's subject
            nounSeen |= i == 0 || !"ADP".equals(t.get(i - 1).pos());
            int j = i;
            while (j + 1 < t.size() && !isPossessive(t.get(j).text())
                    && (isNamePart(t, j + 1) || glued(t, j + 1)
                    && (t.get(j + 1).text().startsWith("-") || t.get(j).text().endsWith("-")))) {
                j++;
            }
            addRun(text, t, i, j, actor, !verbSeen, i == 0 && afterHonorific, quotes, out);
            i = j + 1;
        }
    }

    private void addRun(String text, List<Token> t, int from, int to, boolean[] actor, boolean subject,
                        boolean afterHonorific, QuoteMap quotes, List<Run> out) {
        boolean honorific = afterHonorific || from > 0 && lex.isHonorific(lower(t.get(from - 1).text()))
                || from > 1 && t.get(from - 1).text().equals(".") && lex.isHonorific(lower(t.get(from - 2).text()));
        int i = from;
        boolean titled = from > 0 && lex.roleNouns().contains(lower(t.get(from - 1).text()));
        // the name is what follows the last title, role, known actor or stop word of the run
        for (int k = from; k <= to; k++) {
            String lw = lower(t.get(k).text());
            if (k > from && glued(t, k)) {
                // a piece of a hyphenated name ("Su-in") is never a title or stop word; of a title it is ("-elect")
                if (i == k) {
                    i = k + 1;
                }
                continue;
            }
            if (lex.isPrefixWord(lw) || actor[k] || lw.equals(".") || lex.institutionNouns().contains(lw)) {
                honorific |= lex.isHonorific(lw);
                titled |= lex.roleNouns().contains(lw);
                i = k + 1;
            }
        }
        if (i > to || to - i + 1 > MAX_NAME_WORDS) {
            return;
        }
        titled |= honorific;
        for (int k = i; k <= to; k++) {
            String w = t.get(k).text();
            boolean piece = k > i && glued(t, k);
            if (actor[k] || lex.institutionNouns().contains(lower(w)) || lex.roleNouns().contains(lower(w))
                    || !piece && (!Character.isLetter(w.charAt(0)) || isAllCaps(w) || w.endsWith("-"))) {
                return;
            }
        }
        int start = t.get(i).start();
        String name = stripPossessive(text.substring(start, t.get(to).end()));
        boolean speaks = speechVerbAfter(t, to);
        boolean evidence = titled || appositive(t, i, to) || speaks;
        out.add(new Run(start, t.get(to).end(), name, name.split("\\s+"), honorific || evidence, subject || speaks,
                quotes.inQuote(start), evidence, i > 0 && lower(t.get(i - 1).text()).equals("of")));
    }

    /** ", a spokesman for", "the ambassador, NAME,": a role noun next to the name across a comma. */
    private boolean appositive(List<Token> t, int from, int to) {
        if (to + 1 < t.size() && t.get(to + 1).text().equals(",")) {
            for (int k = to + 2; k < t.size() && k <= to + 6; k++) {
                if (lex.roleNouns().contains(lower(stripPossessive(t.get(k).text())))) {
                    return true;
                }
                if (t.get(k).text().equals(",")) {
                    break;
                }
            }
        }
        return from > 1 && t.get(from - 1).text().equals(",")
                && lex.roleNouns().contains(lower(stripPossessive(t.get(from - 2).text())));
    }

    private boolean speechVerbAfter(List<Token> t, int to) {
        int k = to + 1;
        while (k < t.size() && k <= to + 3 && !Character.isUpperCase(t.get(k).text().charAt(0))
                && "ADV".equals(t.get(k).pos())) {
            k++;
        }
        return k < t.size() && lex.speechVerbForms().contains(t.get(k).text());
    }

    private static boolean glued(List<Token> t, int k) {
        return t.get(k).start() == t.get(k - 1).end();
    }

    private static boolean isAllCaps(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.contains(".");
    }

    private boolean isNamePart(List<Token> t, int i) {
        String w = t.get(i).text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (i > 0 && !lex.stops().contains(lower(w))) {
            // inside a sentence capitals mark names whatever the tagger says ("Wang/VERB Yi")
            return true;
        }
        String pos = t.get(i).pos();
        return pos == null || pos.startsWith("PROPN") || pos.startsWith("NOUN") || pos.startsWith("ADJ")
                || pos.startsWith("X");
    }

    private static boolean isPronoun(Token tok) {
        String pos = tok.pos();
        return pos != null && pos.startsWith("PRON");
    }

    private static boolean isVerb(Token tok) {
        String pos = tok.pos();
        return pos != null && (pos.startsWith("VERB") || pos.startsWith("AUX"));
    }

    static boolean isPossessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    static String stripPossessive(String w) {
        return isPossessive(w) ? w.substring(0, w.length() - 2) : w;
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}

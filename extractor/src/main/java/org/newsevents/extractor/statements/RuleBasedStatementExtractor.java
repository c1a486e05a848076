package org.newsevents.extractor.statements;

import org.newsevents.extractor.discourse.Discourse;
import org.newsevents.extractor.discourse.QuoteSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.statements.SpeakerResolver.NamedPerson;
import org.newsevents.extractor.statements.SpeakerResolver.Resolved;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;

/**
 * Rule-based direct and reported speech over POS-tagged content sentences (GUIDELINES.md section 2).
 * Per paragraph: (1) reported propositions after speech verbs, which absorb the quotations inside
 * them (mixed quotation); (2) the remaining quotations, attributed after, before or inside them,
 * characterisations, unattributed quoted paragraphs; (3) propositions before a trailing
 * attribution ("..., a Pentagon spokesperson has said"). Speakers are then resolved in text order.
 * Immutable and thread-safe; every article is processed in time linear in its length.
 */
public final class RuleBasedStatementExtractor implements StatementExtractor {
    private static final class Shared {
        static final Lexicons LEXICONS = Lexicons.load();
    }

    private final Words words;
    private final SpeakerPhraseParser parser;
    private final ComplementFinder complements;
    private final EmbeddedPosts posts;
    private final Attributions attributions;

    public RuleBasedStatementExtractor(ActorResolver actors) {
        this(actors, Shared.LEXICONS);
    }

    RuleBasedStatementExtractor(ActorResolver actors, Lexicons lexicons) {
        if (actors == null) {
            throw new IllegalArgumentException("an ActorResolver is required");
        }
        this.words = new Words(lexicons);
        this.parser = new SpeakerPhraseParser(words, actors);
        this.complements = new ComplementFinder(words);
        this.posts = new EmbeddedPosts(parser);
        this.attributions = new Attributions(words, parser, complements);
    }

    /** The extractor with the lexicons shipped in this package. */
    public static RuleBasedStatementExtractor withDefaultLexicons(ActorResolver actors) {
        return new RuleBasedStatementExtractor(actors, Shared.LEXICONS);
    }

    /** A statement before its speaker is resolved. */
    private record Candidate(int start, int end, boolean direct, SpeakerPhrase speaker, SpeakerPhrase fallback,
                             boolean previousSpeaker, int cueToken, TokenView view, int sentenceKey, int chain) {
    }

    @Override
    public List<StatementFinding> extract(AnalyzedArticle article, Discourse discourse) {
        String text = article.text();
        Map<Integer, List<Sentence>> byParagraph = new HashMap<>();
        for (Sentence s : article.sentences()) {
            byParagraph.computeIfAbsent(s.paragraphIndex(), k -> new ArrayList<>()).add(s);
        }
        int headlineIndex = article.headline().map(Paragraph::index).orElse(-1);
        String headlineText = article.headline().map(h -> h.text().strip()).orElse(null);
        List<Paragraph> content = new ArrayList<>();
        List<TokenView> views = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            List<Sentence> sentences = byParagraph.get(p.index());
            if (!p.boilerplate() && sentences != null && !sentences.isEmpty()) {
                content.add(p);
                boolean headline = p.index() == headlineIndex || p.text().strip().equals(headlineText);
                views.add(new TokenView(text, sentences, headline));
            }
        }
        List<NamedPerson> named = new ArrayList<>();
        List<String> institutions = new ArrayList<>();
        for (TokenView v : views) {
            collectNames(v, named, institutions);
        }
        List<Candidate> candidates = new ArrayList<>();
        ColonCue colon = null;
        for (int pi = 0; pi < content.size(); pi++) {
            Paragraph p = content.get(pi);
            List<QuoteSpan> spans = discourse.quotes().inParagraph(p.index());
            findStatements(views.get(pi), p, spans, candidates, colon);
            colon = colonAttribution(views.get(pi), p);
        }
        return resolve(candidates, new SpeakerResolver(words.lex, SpeakerResolver.sortedCopy(named), institutions,
                discourse.entities()));
    }

    /** A paragraph ending in "X says:" whose quotation follows in the next paragraph. */
    private record ColonCue(SpeakerPhrase speaker, TokenView view, int verb, int key) {
    }

    private ColonCue colonAttribution(TokenView v, Paragraph p) {
        int last = v.size() - 1;
        if (last < 2 || !v.word(last).equals(":")) {
            return null;
        }
        int verb = last - 1;
        if (words.attributionVerbAt(v, verb) == null) {
            return null;
        }
        SpeakerPhrase s = parser.subjectBefore(v, verb, v.sentenceStart(verb)).orElse(null);
        return s == null || s.kind() == SpeakerPhrase.Kind.SAME_AS_PREVIOUS ? null : new ColonCue(s, v, verb, Shapes.key(p, v, verb));
    }

    private void findStatements(TokenView v, Paragraph p, List<QuoteSpan> spans, List<Candidate> out, ColonCue colon) {
        boolean[] inQuote = Shapes.insideQuotes(v, spans);
        boolean[] consumed = new boolean[spans.size()];
        int firstOfParagraph = out.size();
        int coveredUntil = -1;
        int spanCursor = 0;
        // (1) speech verb + proposition
        for (int i = 0; i < v.size(); i++) {
            if (inQuote[i] || i <= coveredUntil) {
                continue;
            }
            String lemma = v.headline ? words.headlineVerbAt(v, i) : words.speechVerbAt(v, i);
            if (lemma == null || Shapes.isPassive(v, i, lemma)) {
                continue;
            }
            int len = words.speechVerbLength(v, i);
            ComplementFinder.Range r = complements.after(v, i, len, lemma);
            if (r == null) {
                continue;
            }
            SpeakerPhrase speaker = attributions.speakerOfVerb(v, i, v.sentenceStart(i));
            if (speaker == null) {
                continue;
            }
            SpeakerPhrase fallback = speaker.kind() == SpeakerPhrase.Kind.SAME_AS_PREVIOUS
                    ? parser.sentenceSubject(v, i).orElse(null) : null;
            int start = v.get(r.start()).start();
            int end = v.get(r.end()).end();
            out.add(new Candidate(start, end, false, speaker, fallback, false, i, v, Shapes.key(p, v, i), -1));
            coveredUntil = r.end();
            // quotations between the verb and its proposition ('told "Fox News Sunday" that') are consumed too
            while (spanCursor < spans.size() && spans.get(spanCursor).open() < v.get(i).start()) {
                spanCursor++;
            }
            for (int q = spanCursor; q < spans.size() && spans.get(q).open() < end; q++) {
                consumed[q] = true;
            }
        }
        // an embedded post: "text — Anna Lee (@annalee) May 3, 2024"
        if (spans.isEmpty() && coveredUntil < 0) {
            posts.find(v).ifPresent(post -> out.add(new Candidate(v.get(post.firstToken()).start(),
                    v.get(post.lastToken()).end(), true, post.author(), null, false, post.dash(), v,
                    Shapes.key(p, v, post.dash()), -1)));
        }
        // (2) quotations
        for (int q = 0; q < spans.size(); q++) {
            if (!consumed[q]) {
                quotation(v, p, spans.get(q), out, q == 0 ? colon : null);
            }
        }
        // (3) proposition before its attribution, where no statement or quotation already is
        boolean[] taken = new boolean[v.size()];
        for (int c = firstOfParagraph; c < out.size(); c++) {
            Candidate cand = out.get(c);
            for (int k = v.firstAtOrAfter(cand.start()); k < v.size() && v.get(k).start() < cand.end(); k++) {
                taken[k] = true;
            }
        }
        for (int i = 1; i < v.size(); i++) {
            if (inQuote[i]) {
                continue;
            }
            String lemma = words.speechVerbAt(v, i);
            // ", Yonhap reported." sources a narrative sentence rather than reporting speech
            if (lemma == null || lemma.equals("report") || !complements.endsClause(v, i, words.speechVerbLength(v, i))) {
                continue;
            }
            postposed(v, p, i, taken, inQuote, out);
        }
    }

    private void postposed(TokenView v, Paragraph p, int verb, boolean[] taken, boolean[] inQuote, List<Candidate> out) {
        int sentStart = v.sentenceStart(verb);
        SpeakerPhrase speaker;
        int comma;
        if (v.word(verb - 1).equals(",")) {
            speaker = parser.phraseAfter(v, verb + 1, v.sentenceEnd(verb)).orElse(null);
            comma = verb - 1;
        } else {
            speaker = parser.subjectBefore(v, verb, sentStart).orElse(null);
            comma = speaker == null ? -1 : Shapes.speakerStart(v, speaker) - 1;
        }
        if (speaker == null || comma <= sentStart || !v.word(comma).equals(",")) {
            return;
        }
        int end = comma - 1;
        int start = sentStart;
        // quoted words inside the proposition make it mixed quotation; one that opens it is direct speech
        if (end - start > ComplementFinder.MAX_TOKENS || inQuote[start] || ComplementFinder.startsWithQuote(v.word(start))
                || ComplementFinder.startsWithQuote(v.word(end))) {
            return;
        }
        int cs = v.get(start).start();
        int ce = v.get(end).end();
        boolean finite = false;
        int wordsCount = 0;
        for (int k = start; k <= end; k++) {
            if (taken[k]) {
                return;
            }
            finite |= Words.isFiniteVerb(v, k);
            wordsCount += Words.isWord(v.word(k)) ? 1 : 0;
        }
        if (finite && wordsCount >= 3) {
            out.add(new Candidate(cs, ce, false, speaker, null, false, verb, v, Shapes.key(p, v, verb), -1));
        }
    }


    private void quotation(TokenView v, Paragraph p, QuoteSpan q, List<Candidate> out, ColonCue colon) {
        int openTok = v.lastEndingAtOrBefore(q.open());
        int firstInside = v.firstAtOrAfter(q.open() + 1);
        int afterTok = q.closed() ? v.firstAtOrAfter(q.close() + 1) : v.size();
        int wordCount = 0;
        for (int k = Math.max(0, firstInside); k < afterTok && k < v.size(); k++) {
            if (Words.isWord(v.word(k))) {
                wordCount++;
            }
        }
        if (wordCount == 0) {
            return;
        }
        int cs = q.contentStart();
        int ce = q.contentEnd();
        // characterisation: called X "Y", described X as "Y", confirming "Y"
        if (openTok >= 0) {
            int verb = attributions.characterisationVerb(v, openTok);
            if (verb >= 0) {
                SpeakerPhrase s = attributions.speakerOfVerb(v, verb, v.sentenceStart(verb));
                if (s != null) {
                    out.add(candidate(v, p, cs, ce, true, s, verb, q));
                }
                return;
            }
        }
        Attributions.Attribution before = openTok >= 0 ? attributions.before(v, openTok) : null;
        Attributions.Attribution after = q.closed() ? attributions.after(v, afterTok) : null;
        boolean minQuote = !q.single() || wordCount >= 3;
        if (after != null && minQuote) {
            int sentStart = v.sentenceStart(Math.max(0, Math.min(v.size() - 1, firstInside)));
            boolean textBefore = before == null && openTok >= sentStart && Shapes.hasWords(v, sentStart, openTok);
            if (textBefore && !q.continuesPrevious()) {
                // X "...," Y said: one reported statement, inner quote marks kept
                int start = v.get(sentStart).start();
                out.add(new Candidate(start, q.close() + 1, false, after.speaker(), after.fallback(), false,
                        after.verb(), v, Shapes.key(p, v, after.verb() < 0 ? sentStart : after.verb()), q.chain()));
            } else {
                out.add(new Candidate(cs, ce, true, after.speaker(), after.fallback(), false, after.verb(), v,
                        Shapes.key(p, v, after.verb() < 0 ? firstInside : after.verb()), q.chain()));
            }
            return;
        }
        if (before != null && minQuote) {
            out.add(new Candidate(cs, ce, true, before.speaker(), before.fallback(), false, before.verb(), v,
                    Shapes.key(p, v, before.verb()), q.chain()));
            return;
        }
        // a quoted paragraph with no attribution belongs to the previous speaker
        boolean opensParagraph = openTok < 0 || !Shapes.hasWords(v, 0, openTok + 1);
        if (colon != null && opensParagraph && wordCount >= 3) {
            out.add(new Candidate(cs, ce, true, colon.speaker(), null, false, colon.verb(), colon.view(), colon.key(),
                    q.chain()));
            return;
        }
        boolean closesParagraph = afterTok >= v.size() || !Shapes.hasWords(v, afterTok, v.size());
        // ... and so does a quoted sentence after a finished attribution: "A," X said. "B."
        boolean wholeSentences = Shapes.opensSentence(v.text, q.open(), p.start())
                && (closesParagraph || Shapes.closesSentence(v.text, q));
        if (!q.single() && (opensParagraph && closesParagraph || wholeSentences) && wordCount >= 3) {
            out.add(new Candidate(cs, ce, true, null, null, true, -1, v, -1, q.chain()));
        }
    }



    private Candidate candidate(TokenView v, Paragraph p, int cs, int ce, boolean direct, SpeakerPhrase s, int verb,
                                QuoteSpan q) {
        SpeakerPhrase fallback = s.kind() == SpeakerPhrase.Kind.SAME_AS_PREVIOUS
                ? parser.sentenceSubject(v, verb).orElse(null) : null;
        return new Candidate(cs, ce, direct, s, fallback, false, verb, v, Shapes.key(p, v, verb), q.chain());
    }

    /** Persons named with their role and named institutions, for resolving descriptions. */
    private void collectNames(TokenView v, List<NamedPerson> named, List<String> institutions) {
        for (int i = 0; i + 1 < v.size(); i++) {
            if (words.isRoleNoun(v.word(i)) && !Words.isPossessive(v.word(i)) && words.isNamePart(v, i + 1)) {
                int e = i + 1;
                while (e + 1 < v.size() && e - i < 5 && words.isNamePart(v, e + 1) && !Words.isPossessive(v.word(e))) {
                    e++;
                }
                int t = parser.collectBack(v, i, v.sentenceStart(i));
                while (t >= 0 && t < i && Words.isDeterminer(v.word(t))) {
                    t++;
                }
                String name = Words.stripPossessive(v.span(i + 1, e));
                named.add(new NamedPerson(name, v.span(t < 0 ? i : t, i), v.get(i + 1).start()));
            }
            if (words.isInstitutionNoun(v.word(i)) && Words.isCapitalized(v.word(i)) && i > 0
                    && words.isNamePart(v, i - 1) && !Words.isPossessive(v.word(i - 1))) {
                int s = i - 1;
                while (s - 1 >= 0 && i - s < 5 && words.isNamePart(v, s - 1) && !Words.isPossessive(v.word(s - 1))) {
                    s--;
                }
                institutions.add(Words.stripPossessive(v.span(s, i)));
            }
        }
    }

    private static int phraseStart(Candidate c, SpeakerPhrase p) {
        return p.firstToken() >= 0 && p.firstToken() < c.view().size() ? c.view().get(p.firstToken()).start() : c.start();
    }

    private List<StatementFinding> resolve(List<Candidate> candidates, SpeakerResolver resolver) {
        candidates.sort(Comparator.comparingInt(Candidate::start));
        // members of a multi-paragraph quotation share the attribution one of them carries
        Map<Integer, Candidate> attributedChain = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.chain() >= 0 && !c.previousSpeaker() && c.speaker() != null) {
                attributedChain.putIfAbsent(c.chain(), c);
            }
        }
        List<StatementFinding> out = new ArrayList<>();
        Map<Integer, Resolved> lastInSentence = new HashMap<>();
        String lastQuote = null;
        int lastStart = -1;
        for (Candidate c0 : candidates) {
            Candidate c = c0;
            if (c.previousSpeaker() && attributedChain.containsKey(c.chain())) {
                Candidate a = attributedChain.get(c.chain());
                c = new Candidate(c.start(), c.end(), c.direct(), a.speaker(), a.fallback(), false, a.cueToken(),
                        a.view(), a.sentenceKey(), c.chain());
            }
            Resolved r;
            if (c.previousSpeaker()) {
                r = resolver.lastSpeaker();
            } else {
                Resolved prev = lastInSentence.get(c.sentenceKey());
                int offset = c.cueToken() >= 0 ? c.view().get(c.cueToken()).start() : c.start();
                r = resolver.resolve(c.speaker(), offset, phraseStart(c, c.speaker()), prev).orElse(null);
                if (r == null && c.fallback() != null) {
                    r = resolver.resolve(c.fallback(), offset, phraseStart(c, c.fallback()), null).orElse(null);
                }
            }
            if (r == null) {
                continue;
            }
            int[] span = Shapes.trim(c.view().text, c.start(), c.end());
            if (span[1] <= span[0] || span[0] == lastStart) {
                continue;
            }
            String quote = c.view().text.substring(span[0], span[1]);
            String cue = c.cueToken() >= 0 ? c.view().word(c.cueToken()) : null;
            int cueStart = c.cueToken() >= 0 ? c.view().get(c.cueToken()).start() : -1;
            out.add(new StatementFinding(span[0], span[1], quote, c.direct(), r.name(), r.title(), r.code(), cue,
                    cueStart));
            resolver.remember(r);
            lastInSentence.put(c.sentenceKey(), r);
            lastStart = span[0];
            lastQuote = quote;
        }
        return List.copyOf(out);
    }

}

package org.newsevents.extractor.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.text.Token;

/** A tiny gazetteer standing in for the real one (built concurrently in the actors package). */
final class FakeActorResolver implements ActorResolver {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("united states", "USA"), Map.entry("us", "USA"), Map.entry("u.s.", "USA"),
            Map.entry("washington", "USA"), Map.entry("state department", "USA"), Map.entry("pentagon", "USA"),
            Map.entry("white house", "USA"), Map.entry("treasury", "USA"),
            Map.entry("russia", "RUS"), Map.entry("moscow", "RUS"), Map.entry("kremlin", "RUS"),
            Map.entry("north korea", "PRK"), Map.entry("pyongyang", "PRK"), Map.entry("north", "PRK"),
            Map.entry("south korea", "KOR"), Map.entry("seoul", "KOR"),
            Map.entry("china", "CHN"), Map.entry("beijing", "CHN"),
            Map.entry("iran", "IRN"), Map.entry("tehran", "IRN"),
            Map.entry("venezuela", "VEN"), Map.entry("caracas", "VEN"),
            Map.entry("syria", "SYR"), Map.entry("damascus", "SYR"), Map.entry("cuba", "CUB"), Map.entry("havana", "CUB"),
            Map.entry("myanmar", "MMR"), Map.entry("japan", "JPN"), Map.entry("tokyo", "JPN"),
            Map.entry("australia", "AUS"), Map.entry("ukraine", "UKR"), Map.entry("kyiv", "UKR"),
            Map.entry("britain", "GBR"), Map.entry("uk", "GBR"), Map.entry("london", "GBR"),
            Map.entry("eu", "EU"), Map.entry("european union", "EU"), Map.entry("un", "UN"),
            Map.entry("united nations", "UN"), Map.entry("security council", "UNSC"));

    @Override
    public Optional<ActorRef> resolve(String phrase) {
        String p = phrase.strip();
        String key = p.toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
            p = p.substring(4);
        }
        String code = CODES.get(key);
        return code == null ? Optional.empty() : Optional.of(new ActorRef(code, p));
    }

    @Override
    public List<ActorMention> find(List<Token> tokens, int fromToken, int toToken) {
        List<ActorMention> out = new ArrayList<>();
        int to = Math.min(tokens.size(), toToken);
        for (int i = Math.max(0, fromToken); i < to; i++) {
            for (int n = 3; n >= 1; n--) {
                if (i + n > to) {
                    continue;
                }
                StringBuilder b = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    b.append(k > i ? " " : "").append(tokens.get(k).text());
                }
                Optional<ActorRef> a = resolve(b.toString());
                if (a.isPresent()) {
                    out.add(new ActorMention(a.get(), i, i + n - 1, tokens.get(i).start(), tokens.get(i + n - 1).end()));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }
}

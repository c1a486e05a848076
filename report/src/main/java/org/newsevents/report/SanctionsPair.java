package org.newsevents.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Imposer -> target with its mentions; {@code page} lists them. A mention without a target pairs with "(none)". */
public record SanctionsPair(int number, String imposer, String target, Map<String, Integer> byAction,
                            List<EventRef> mentions) {
    static SanctionsPair empty(int number, String imposer, String target) {
        return new SanctionsPair(number, imposer, target, new TreeMap<>(), new ArrayList<>());
    }

    public int count() {
        return mentions.size();
    }

    public String page() {
        return "pairs/" + number + ".html";
    }

    /** "IMPOSE 3, THREATEN 1". */
    public String actions() {
        StringBuilder b = new StringBuilder();
        byAction.forEach((action, n) -> b.append(b.length() == 0 ? "" : ", ").append(action).append(' ').append(n));
        return b.toString();
    }
}

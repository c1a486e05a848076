package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Statements grouped by speaker and title, most quoted first; each group has a page of its statements. */
public final class Speakers {
    private Speakers() {
    }

    public record Group(int number, String name, String title, String code, List<EventRef> statements) {
        public String page() {
            return "speakers/" + number + ".html";
        }

        public int count() {
            return statements.size();
        }

        /** What the search box matches against. */
        public String searchText() {
            return (name + " " + (title == null ? "" : title) + " " + (code == null ? "" : code)).toLowerCase(Locale.ROOT);
        }
    }

    public static List<Group> of(ReportIndex index) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ObjectNode s : index.contents().statements()) {
            String name = Fields.text(s.path("speaker"), "name");
            String title = Fields.text(s.path("speaker"), "title");
            Group g = groups.computeIfAbsent(name + "\u0000" + title, k -> new Group(groups.size() + 1,
                name == null ? "(unnamed)" : name, title, Fields.text(s.path("speaker"), "code"), new ArrayList<>()));
            g.statements().add(index.ref(s));
        }
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::name)
            .thenComparing(g -> g.title() == null ? "" : g.title()));
        return sorted;
    }
}

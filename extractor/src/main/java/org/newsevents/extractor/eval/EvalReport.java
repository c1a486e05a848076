package org.newsevents.extractor.eval;

import java.util.List;
import java.util.Locale;

/** Scores per article and over all articles (micro-averaged: counts are summed before P/R/F1). */
public record EvalReport(List<ArticleScore> articles) {
    public EvalReport {
        articles = List.copyOf(articles);
    }

    public Counts datesValue() {
        return articles.stream().map(ArticleScore::datesValue).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts datesSpan() {
        return articles.stream().map(ArticleScore::datesSpan).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts statements() {
        return articles.stream().map(ArticleScore::statements).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts quotes() {
        return articles.stream().map(ArticleScore::quotes).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts directStatements() {
        return articles.stream().map(ArticleScore::direct).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts indirectStatements() {
        return articles.stream().map(ArticleScore::indirect).reduce(Counts.ZERO, Counts::plus);
    }

    /** Sanctions mentions matched with action, imposer and targets all right. */
    public Counts sanctionsRoles() {
        return articles.stream().map(ArticleScore::roles).reduce(Counts.ZERO, Counts::plus);
    }

    public ActionConfusion actionConfusion() {
        return articles.stream().map(ArticleScore::actions).reduce(ActionConfusion.EMPTY, ActionConfusion::plus);
    }

    public Counts sanctions() {
        return articles.stream().map(ArticleScore::sanctions).reduce(Counts.ZERO, Counts::plus);
    }

    public Ratio speakerLastName() {
        return articles.stream().map(ArticleScore::speakerLastName).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio speakerFullName() {
        return articles.stream().map(ArticleScore::speakerFullName).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio action() {
        return articles.stream().map(ArticleScore::action).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio imposer() {
        return articles.stream().map(ArticleScore::imposer).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio targets() {
        return articles.stream().map(ArticleScore::targets).reduce(Ratio.ZERO, Ratio::plus);
    }

    public Ratio published() {
        return articles.stream().map(ArticleScore::published).reduce(Ratio.ZERO, Ratio::plus);
    }

    /** A plain-text table: per event type, accuracies over matches, then one row per article. */
    public String render() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-26s %6s %6s %6s %9s %7s %6s%n", "event type", "gold", "system", "match", "precision", "recall", "F1"));
        row(b, "dates (span + value)", datesValue());
        row(b, "dates (span only)", datesSpan());
        row(b, "statements", statements());
        row(b, "statements (quote only)", quotes());
        row(b, "statements, direct", directStatements());
        row(b, "statements, indirect", indirectStatements());
        row(b, "sanctions", sanctions());
        row(b, "sanctions roles", sanctionsRoles());
        b.append(System.lineSeparator());
        b.append(String.format(Locale.ROOT, "%-36s %9s %7s%n", "accuracy over matches", "k/n", "value"));
        ratio(b, "speaker last name (quote matches)", speakerLastName());
        ratio(b, "speaker full name (quote matches)", speakerFullName());
        ratio(b, "sanctions action", action());
        ratio(b, "sanctions imposer", imposer());
        ratio(b, "sanctions targets", targets());
        ratio(b, "published date (per article)", published());
        b.append(System.lineSeparator());
        b.append("sanctions actions over matches (rows gold, columns system)").append(System.lineSeparator());
        b.append(actionConfusion().render());
        b.append(System.lineSeparator());
        int width = Math.max(32, articles.stream().mapToInt(a -> a.article().length()).max().orElse(0));
        String header = "%-" + width + "s %8s %8s %8s %8s %9s  %s%n";
        String line = "%-" + width + "s %8.3f %8.3f %8.3f %8.3f %9s  %s%n";
        b.append(String.format(Locale.ROOT, header, "article", "dates F1", "stmt F1", "sanc F1", "roles F1", "published", "note"));
        for (ArticleScore a : articles) {
            String published = a.published().n() == 0 ? "-" : a.published().k() == 1 ? "ok" : "wrong";
            b.append(String.format(Locale.ROOT, line, a.article(), a.datesValue().f1(),
                    a.statements().f1(), a.sanctions().f1(), a.roles().f1(), published, a.error() == null ? "" : a.error()));
        }
        return b.toString();
    }

    /** Every error of every article, grouped by article (for {@code eval --errors}). */
    public String renderErrors() {
        StringBuilder b = new StringBuilder();
        for (ArticleScore a : articles) {
            if (a.errors().isEmpty()) {
                continue;
            }
            b.append("== ").append(a.article()).append(System.lineSeparator());
            a.errors().forEach(e -> b.append(e).append(System.lineSeparator()));
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Counts c) {
        b.append(String.format(Locale.ROOT, "%-26s %6d %6d %6d %9.3f %7.3f %6.3f%n", name, c.gold(), c.sys(), c.tp(),
                c.precision(), c.recall(), c.f1()));
    }

    private static void ratio(StringBuilder b, String name, Ratio r) {
        b.append(String.format(Locale.ROOT, "%-36s %9s %7s%n", name, r, r.n() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", r.value())));
    }
}

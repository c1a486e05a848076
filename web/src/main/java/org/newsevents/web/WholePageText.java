package org.newsevents.web;

import org.jsoup.nodes.Document;

/** Baseline: all visible text of the page. */
public final class WholePageText implements MainContent {
    @Override public String name() {
        return "whole page text (baseline)";
    }

    @Override public String body(Document page) {
        return BlockText.of(page.body());
    }
}

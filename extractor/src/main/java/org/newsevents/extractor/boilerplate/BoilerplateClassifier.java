package org.newsevents.extractor.boilerplate;

import java.util.List;
import org.newsevents.extractor.text.Paragraph;

/** Splits raw text into paragraphs and says which are boilerplate (navigation, tickers, related stories ...). */
public interface BoilerplateClassifier {
    List<Paragraph> classify(String text);
}

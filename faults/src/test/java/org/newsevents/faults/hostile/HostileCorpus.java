package org.newsevents.faults.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates articles built to break an extractor: one file per class, named {@code <class>.txt} (or
 * {@code .jsonl}), deterministic (fixed seed), so a failure is reproducible. Every class must end up
 * either extracted or rejected with a reason, in bounded time.
 */
public final class HostileCorpus {
    /** A clean paragraph with a statement, a date and a sanctions mention, to embed in hostile material. */
    static final String STORY = "WASHINGTON, March 3, 2023 (Reuters) - The United States imposed sanctions on Iran on Friday, "
        + "the Treasury Department said.\n\n\"We will not hesitate to act again,\" Treasury Secretary Janet Yellen told reporters "
        + "on Thursday.\n\nThe measures follow new sanctions announced by the European Union last week.\n";

    private static final Map<String, Supplier<byte[]>> CLASSES = new LinkedHashMap<>();

    static {
        Random random = new Random(7);
        text("empty", "");
        text("whitespace", "   \n\t\n  \r\n   ");
        CLASSES.put("binary", () -> {
            byte[] b = new byte[64 * 1024];
            random.nextBytes(b);
            b[10] = 0;
            return b;
        });
        CLASSES.put("invalid-utf8", () -> concat(utf8("Sanctions were imposed "), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE},
            utf8(" on Monday, officials said.\n" + STORY)));
        CLASSES.put("utf16-bom", () -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE)));
        CLASSES.put("utf8-bom", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(STORY + "Written with a UTF-8 byte order mark.\n")));
        text("bom-only", "\uFEFF");
        text("mixed-scripts", STORY + "Москва ответила: «Мы введём ответные санкции», сказал Песков. 北京表示反对制裁。"
            + " वाशिंगटन ने कहा। 🇺🇸🤝🇮🇷 \"Sanctions\", said Ли Мин 李明 on Tuesday.\n" + STORY);
        CLASSES.put("ten-mb", () -> utf8(repeat(STORY + "\n", 10 * 1024 * 1024 / STORY.length() + 1)));
        CLASSES.put("one-mb-line", () -> utf8(repeat(STORY.replace('\n', ' '), 1_000_000 / STORY.length())));
        text("quotes-10000", "The minister said " + repeat("\"", 10_000) + " and left.\n" + STORY);
        text("quotes-unbalanced", repeat("\"We will impose sanctions, said the minister. ", 2_000) + "\n" + STORY
            + repeat("“Open quote without end, the spokesman said on Monday. ", 2_000));
        text("quotes-nested", nested(300) + "\n" + STORY);
        text("dates-5000", dates(5_000) + STORY);
        text("sanctions-repeated", "The US imposed " + repeat("sanctions on sanctions against ", 20_000) + "Iran.\n"
            + repeat("Sanctions sanctions sanctions. ", 5_000) + "\n" + STORY);
        text("html", "<!DOCTYPE html><html><head><title>US imposes sanctions</title><script>var x = \"said\"; "
            + "for(;;){}</script><style>p{}</style></head><body>" + repeat("<div class=\"nav\"><a href=\"/\">Home</a> | ", 500)
            + "<p>" + STORY.replace("\n", "</p><p>") + "</p>" + repeat("</div>", 500)
            + "&amp;&lt;&gt;&quot;&#8220;&#x201D; <!-- \"comment\" --></body></html>\n");
        text("rtl", "\u202EThe United States imposed sanctions\u202C on Iran. \u200Fقالت وزارة الخزانة الأمريكية إنها فرضت عقوبات "
            + "على إيران يوم الجمعة.\u200F \"עוד סנקציות\", אמר הדובר. " + STORY + repeat("\u202B\u202A\u202D\u202E\u2066\u2067\u2069", 500));
        text("control-chars-dense", repeat("Sanctions\u0001\u0002\u0003\u0007\u001B[31m said\u0008 ", 2_000));
        text("control-chars-sparse", STORY + "\u0007 The bell rang.\u001B\n" + STORY);
        text("boilerplate-only", repeat("Home | World | Business | Markets | Sport\nRelated Stories\nSubscribe to our newsletter\n"
            + "Click here to donate\nCopyright © 2023 News Corp. All rights reserved.\nShare this article: Facebook Twitter Email\n"
            + "Advertisement\nMost Read\nTerms of Use | Privacy Policy | Cookies\n", 50));
        text("regex-bait", repeat("a", 100_000) + "!\n" + repeat("1", 50_000) + "x\n" + repeat(",", 50_000) + "\n"
            + repeat("(", 20_000) + "\n" + repeat("Mr. ", 20_000) + "\n" + repeat(" said", 20_000) + "\n"
            + repeat("-", 100_000) + "\n" + repeat("on Monday, ", 10_000) + "\n" + repeat("U.S.", 20_000) + "\n"
            + repeat("March ", 20_000) + "2023\n" + repeat("\"a\" ", 20_000) + "\n" + STORY);
        text("long-words", repeat("sanctionssanctions", 20_000) + " " + repeat("x", 300_000) + "\n" + STORY);
        CLASSES.put("lone-surrogate-utf8", () -> concat(utf8("A lone surrogate "), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            utf8(" encoded as UTF-8.\n" + STORY)));
        json("lone-surrogate-json", "{\"text\": \"" + jsonEscape(STORY) + " lone \\ud800 high and \\udc00 low surrogates\"}\n");
        json("malformed-jsonl", "{\"text\": \"unterminated\n{\"id\": 5}\n{\"text\": 42}\n[1,2,3]\n{\"text\": \"" + jsonEscape(STORY)
            + "\", \"published\": \"not a date\"}\n{\"text\": \"" + jsonEscape(STORY) + "\", \"id\": \"hostile-json-ok\"}\n");
        text("carriage-returns-only", STORY.replace("\n", "\r") + repeat("\r", 100_000));
        text("newlines-only", repeat("\n", 500_000) + "Sanctions.\n");
        text("said-cues", repeat("said told added warned ", 40_000) + "\n" + STORY);
        text("periods", repeat(". ", 200_000) + STORY);
        text("french", "Les États-Unis ont imposé vendredi de nouvelles sanctions contre l'Iran, a annoncé le Trésor américain. "
            + "« Nous n'hésiterons pas à agir de nouveau », a déclaré la secrétaire au Trésor aux journalistes jeudi. "
            + "Ces mesures font suite aux sanctions annoncées la semaine dernière par l'Union européenne.\n");
        text("emoji-flood", repeat("🚨🔥💥", 30_000) + "\n" + STORY);
        text("zero-width", repeat("Sanc\u200Btions\u200D imp\u200Cosed\u2060 ", 5_000) + "\n" + STORY);
    }

    private HostileCorpus() {
    }

    /** Writes every class into {@code dir}; returns the files by class name. */
    public static Map<String, Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<byte[]>> c : CLASSES.entrySet()) {
            String ext = c.getKey().endsWith("json") || c.getKey().endsWith("jsonl") ? ".jsonl" : ".txt";
            Path file = dir.resolve(c.getKey() + ext);
            Files.write(file, c.getValue().get());
            files.put(c.getKey(), file);
        }
        return files;
    }

    public static List<String> classes() {
        return new ArrayList<>(CLASSES.keySet());
    }

    private static void text(String name, String text) {
        CLASSES.put(name, () -> utf8(text));
    }

    private static void json(String name, String jsonl) {
        CLASSES.put(name, () -> utf8(jsonl));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static String repeat(String s, int times) {
        return s.repeat(times);
    }

    private static String nested(int depth) {
        StringBuilder sb = new StringBuilder("The spokesman said ");
        for (int i = 0; i < depth; i++) {
            sb.append(i % 2 == 0 ? "\"he said " : "'she said ");
        }
        sb.append("sanctions");
        for (int i = depth - 1; i >= 0; i--) {
            sb.append(i % 2 == 0 ? "\"" : "'");
        }
        return sb.append(".\n").toString();
    }

    private static String dates(int n) {
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("On ").append(months[i % 12]).append(' ').append(i % 28 + 1).append(", ").append(1990 + i % 40)
                .append(i % 3 == 0 ? " and last Tuesday" : "").append(i % 10 == 9 ? ".\n" : ", ");
        }
        return sb.append('\n').toString();
    }

    private static String jsonEscape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}

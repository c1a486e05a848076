package org.newsevents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Real pages from the article-body benchmark, kept gzipped in test resources (pages/SOURCE.md, pages/LICENSE). */
public final class TestPages {
    /** Al Jazeera, 2019-11-19: the whole page sits inside one ASP.NET form; hidden header. */
    public static final String AL_JAZEERA = "42aad16bde9288623543642a9ce1a396be83e2db44aa2ff8cbbfe46e14abd7cc";
    /** An AP story on a newspaper site, 2019-11-20: captions repeated around the body, quotes with "said". */
    public static final String AP_ON_CHRON = "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754";
    /** CNN Business, URL dated 2019/11/18, page metadata 2019-11-19. */
    public static final String CNN = "d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d";

    private TestPages() {}

    public static String html(String id) {
        try (InputStream in = new GZIPInputStream(TestPages.class.getResourceAsStream("/pages/" + id + ".html.gz"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property-based tests for {@link Urls}. */
class UrlsProperties {

    private static final URI BASE = URI.create("https://www.example.com/news/2020/story.html?page=2");
    private static final URI HTTP_BASE = URI.create("http://Example.org:80/a/b/");

    /** Concatenations of URL-shaped fragments, including hostile ones. */
    private static Gen<String> urlLike() {
        Gen<String> piece = arbitrary().pick(List.of(
                "http://", "https://", "HTTPS://", "http:", "//", "\\\\", "www.", "example.com", "EXAMPLE.co.uk",
                "bücher.de", "xn--bcher-kva.de", "localhost", "127.0.0.1", "[::1]", ":80", ":443", ":8080", ":",
                "/", "\\", "a", "B", "..", ".", "./", "../", "?", "&", "=", "#", "%", "%2F", "%2f", "%zz", "%3", " ",
                "\t", "\n", "utm_source=x", "UTM_medium=y", "fbclid=1", "gclid", "edition=", "id=5", "ü", "日", "😀",
                "\uD800", "|", "{", "}", "^", "`", "[", "]", "@", "user:pw@", "javascript:", "mailto:", "\"", "<",
                ">", "'", "-", "_", "~", "+", ";", ",", "$", "!", "*", "(", ")", "\u00A0", "\u3002"));
        return lists().of(piece).ofSizeBetween(0, 16).map(l -> String.join("", l));
    }

    private static Gen<String> anyString() {
        return strings().allPossible().ofLengthBetween(0, 200);
    }

    private static Gen<URI> bases() {
        return arbitrary().pick(java.util.Arrays.asList(null, BASE, HTTP_BASE,
                URI.create("ftp://example.com/x"), URI.create("relative/base")));
    }

    private static void assertWellFormed(UrlResult r) {
        assertNotNull(r);
        assertEquals(r.ok(), r.uri() != null);
        assertEquals(r.ok(), r.problem() == null);
    }

    @Test
    void neverThrowsOnArbitraryStrings() {
        qt().forAll(anyString(), bases()).checkAssert((s, base) -> assertWellFormed(Urls.canonicalize(s, base)));
    }

    @Test
    void neverThrowsOnUrlLikeStrings() {
        qt().forAll(urlLike(), bases()).checkAssert((s, base) -> assertWellFormed(Urls.canonicalize(s, base)));
    }

    @Test
    void canonicalizeIsIdempotent() {
        qt().withExamples(3000).forAll(urlLike(), bases()).checkAssert((s, base) -> {
            UrlResult once = Urls.canonicalize(s, base);
            if (once.ok()) {
                String out = once.uri().toString();
                assertEquals(out, Urls.canonicalize(out, null).uri().toString(), () -> "input: " + s);
                assertEquals(out, Urls.canonicalize(out, BASE).uri().toString(), () -> "input: " + s);
            }
        });
    }

    @Test
    void canonicalizeIsIdempotentOnArbitraryPathsAndQueries() {
        qt().forAll(anyString(), anyString()).checkAssert((path, query) -> {
            UrlResult once = Urls.canonicalize("https://Example.com/" + path + "?" + query, null);
            assertTrue(once.ok(), () -> once.problem());
            String out = once.uri().toString();
            assertEquals(out, Urls.canonicalize(out, null).uri().toString());
        });
    }

    @Test
    void outputHasCanonicalShape() {
        qt().withExamples(3000).forAll(urlLike(), bases()).checkAssert((s, base) -> {
            UrlResult r = Urls.canonicalize(s, base);
            if (!r.ok()) {
                return;
            }
            URI u = r.uri();
            assertTrue(u.getScheme().equals("http") || u.getScheme().equals("https"));
            assertNotNull(u.getHost());
            assertEquals(u.getHost().toLowerCase(Locale.ROOT), u.getHost());
            assertNull(u.getRawFragment());
            assertNull(u.getRawUserInfo());
            assertTrue(u.getRawPath().startsWith("/"));
            assertFalse(u.getPort() == 80 && u.getScheme().equals("http"));
            assertFalse(u.getPort() == 443 && u.getScheme().equals("https"));
            assertFalse(u.getRawQuery() != null && u.getRawQuery().isEmpty(), () -> u.toString());
            for (String segment : u.getRawPath().split("/", -1)) {
                assertFalse(segment.equals(".") || segment.equals(".."), () -> u.toString());
            }
            if (u.getRawQuery() != null) {
                for (String param : u.getRawQuery().split("&", -1)) {
                    assertFalse(param.isEmpty());
                    String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid"), param);
                }
            }
        });
    }

    @Test
    void canonicalizeIsDeterministic() {
        qt().forAll(urlLike(), bases()).checkAssert((s, base) ->
                assertEquals(Urls.canonicalize(s, base), Urls.canonicalize(s, base)));
    }

    @Test
    void registrableDomainNeverThrowsAndIsASuffixOfTheHost() {
        qt().forAll(anyString()).checkAssert(s -> Urls.registrableDomain(s));
        qt().withExamples(3000).forAll(urlLike(), bases()).checkAssert((s, base) -> {
            UrlResult r = Urls.canonicalize(s, base);
            if (r.ok()) {
                String host = r.uri().getHost();
                String domain = Urls.registrableDomain(r.uri());
                assertTrue(domain == null || host.equals(domain) || host.endsWith("." + domain), host + " " + domain);
            }
        });
    }
}

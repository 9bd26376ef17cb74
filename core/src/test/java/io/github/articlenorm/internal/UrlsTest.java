package io.github.articlenorm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Example-based tests for {@link Urls}. */
class UrlsTest {

    private static final URI BASE = URI.create("https://www.example.com/news/2020/story.html?page=2");

    private static String canon(String raw) {
        return canon(raw, null);
    }

    private static String canon(String raw, URI base) {
        UrlResult r = Urls.canonicalize(raw, base);
        assertTrue(r.ok(), () -> "expected success for " + raw + " but got " + r.problem());
        return r.uri().toString();
    }

    private static String problem(String raw, URI base) {
        UrlResult r = Urls.canonicalize(raw, base);
        assertFalse(r.ok(), () -> "expected failure for " + raw + " but got " + r.uri());
        assertNull(r.uri());
        assertNotNull(r.problem());
        return r.problem();
    }

    // ---------------------------------------------------------------- cleanup of the raw string

    @ParameterizedTest
    @ValueSource(strings = {
        "  https://example.com/a  ", "<https://example.com/a>", "\"https://example.com/a\"", "'https://example.com/a'",
        "\u201Chttps://example.com/a\u201D", " < https://example.com/a > ", "\"<https://example.com/a>\"",
        "\thttps://example.com/a\n"})
    void stripsWhitespaceAnglesAndQuotes(String raw) {
        assertEquals("https://example.com/a", canon(raw));
    }

    @Test
    void percentEncodesWhitespaceInside() {
        assertEquals("https://example.com/a%20b?q=c%20d", canon("https://example.com/a b?q=c d"));
    }

    @Test
    void removesTabsAndNewlinesLikeBrowsers() {
        assertEquals("https://example.com/some-long-slug", canon("https://example.com/some-long-\nslug"));
        assertEquals("https://example.com/ab", canon("https://exam\tple.com/a\r\nb"));
    }

    @Test
    void percentEncodesIllegalCharacters() {
        assertEquals("https://example.com/%7Ba%7D%5Eb?c=%7Cd%7C", canon("https://example.com/{a}^b?c=|d|"));
    }

    @Test
    void percentEncodesNonAsciiAsUtf8() {
        assertEquals("https://example.com/caf%C3%A9?q=%E6%97%A5%F0%9F%98%80", canon("https://example.com/café?q=日😀"));
    }

    @Test
    void keepsExistingPercentEscapes() {
        String url = "https://www.example.com/video?cache=yes%3FclipId%3D89531%3FclipId%3D89950";
        assertEquals(url, canon(url));
        assertEquals("https://example.com/a%2fb%2Fc", canon("https://example.com/a%2fb%2Fc"));
    }

    @Test
    void encodesLonePercentSign() {
        assertEquals("https://example.com/100%25?x=%25zz", canon("https://example.com/100%?x=%zz"));
    }

    @Test
    void keepsEmptyParameterValue() {
        assertEquals("https://example.com/?edition=", canon("https://example.com/?edition="));
        assertEquals("https://example.com/a?edition=&x", canon("https://example.com/a?edition=&x"));
    }

    // ---------------------------------------------------------------- normalisation

    @Test
    void lowercasesSchemeAndHostButNotPath() {
        assertEquals("https://www.example.com/Path/To/Page", canon("HTTPS://WWW.Example.COM/Path/To/Page"));
    }

    @ParameterizedTest
    @CsvSource({
        "http://example.com:80/a, http://example.com/a",
        "https://example.com:443/a, https://example.com/a",
        "http://example.com:443/a, http://example.com:443/a",
        "https://example.com:8080/a, https://example.com:8080/a",
        "https://example.com:08080/a, https://example.com:8080/a",
        "https://example.com:/a, https://example.com/a"})
    void dropsDefaultPort(String raw, String expected) {
        assertEquals(expected, canon(raw));
    }

    @Test
    void dropsFragment() {
        assertEquals("https://example.com/a?b=1", canon("https://example.com/a?b=1#section-2"));
        assertEquals("https://example.com/a", canon("https://example.com/a#?utm_source=x"));
    }

    @Test
    void emptyPathBecomesSlash() {
        assertEquals("https://example.com/", canon("https://example.com"));
        assertEquals("https://example.com/?a=1", canon("https://example.com?a=1"));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.com/a/../b, https://example.com/b",
        "https://example.com/a/./b/, https://example.com/a/b/",
        "https://example.com/a/b/.., https://example.com/a/",
        "https://example.com/../../x, https://example.com/x",
        "https://example.com/a/.b/..c, https://example.com/a/.b/..c"})
    void removesDotSegments(String raw, String expected) {
        assertEquals(expected, canon(raw));
    }

    @Test
    void dropsUserInfo() {
        assertEquals("https://example.com/", canon("https://user:secret@example.com/"));
    }

    @Test
    void treatsBackslashInPathAsSlash() {
        assertEquals("https://example.com/a/b", canon("https://example.com\\a\\b"));
    }

    @Test
    void removesTrailingDotOfHost() {
        assertEquals("https://example.com/", canon("https://example.com./"));
    }

    @Test
    void convertsInternationalizedHostToPunycode() {
        assertEquals("https://xn--bcher-kva.de/", canon("https://Bücher.de/"));
        assertEquals("https://xn--bcher-kva.de/", canon("https://xn--bcher-kva.de/"));
    }

    @Test
    void keepsIpv6Literal() {
        assertEquals("http://[::1]:8080/x", canon("http://[::1]:8080/x"));
    }

    // ---------------------------------------------------------------- tracking parameters

    @Test
    void removesUtmParameters() {
        assertEquals("https://example.com/a?id=5&page=2",
                canon("https://example.com/a?utm_source=tw&id=5&UTM_Medium=social&page=2&utm_whatever=1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "yclid",
        "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid",
        "s_cid", "ref_src", "twclid", "ttclid", "FBCLID"})
    void removesClickIdentifiers(String name) {
        assertEquals("https://example.com/a?x=1", canon("https://example.com/a?" + name + "=abc&x=1"));
        assertEquals("https://example.com/a?x=1", canon("https://example.com/a?x=1&" + name));
    }

    @Test
    void keepsOtherParametersInOrderAndSpelling() {
        assertEquals("https://example.com/?b=2&A=1&c&d=%2F",
                canon("https://example.com/?b=2&utm_campaign=x&A=1&c&d=%2F"));
    }

    @Test
    void keepsParametersThatOnlyResembleTrackers() {
        assertEquals("https://example.com/?utm=1&gclid_x=2&xfbclid=3",
                canon("https://example.com/?utm=1&gclid_x=2&xfbclid=3"));
    }

    @Test
    void removesQueryThatBecomesEmpty() {
        assertEquals("https://example.com/a", canon("https://example.com/a?utm_source=x&fbclid=y"));
        assertEquals("https://example.com/a", canon("https://example.com/a?"));
        assertEquals("https://example.com/a", canon("https://example.com/a?&&"));
    }

    // ---------------------------------------------------------------- relative and scheme-less forms

    @Test
    void protocolRelativeTakesSchemeOfBase() {
        assertEquals("http://cdn.example.com/x", canon("//cdn.example.com/x", URI.create("http://example.com/")));
        assertEquals("https://cdn.example.com/x", canon("//cdn.example.com/x", BASE));
    }

    @Test
    void protocolRelativeWithoutBaseUsesHttps() {
        assertEquals("https://cdn.example.com/x", canon("//cdn.example.com/x"));
    }

    @ParameterizedTest
    @CsvSource({
        "/a, https://www.example.com/a",
        "a/b, https://www.example.com/news/2020/a/b",
        "../c, https://www.example.com/news/c",
        "?q=1, https://www.example.com/news/2020/story.html?q=1",
        "#top, https://www.example.com/news/2020/story.html?page=2",
        "'/a?utm_source=x', https://www.example.com/a"})
    void resolvesRelativeAgainstBase(String raw, String expected) {
        assertEquals(expected, canon(raw, BASE));
    }

    @Test
    void canonicalizesTheBaseToo() {
        assertEquals("https://example.com/b", canon("b", URI.create("HTTPS://Example.com:443/x/../a?utm_source=1")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a", "a/b", "../c", "?q", "index.html"})
    void failsOnRelativeWithoutBase(String raw) {
        assertEquals("relative URL without a base URL", problem(raw, null));
    }

    @Test
    void failsOnRelativeWithNonHttpBase() {
        assertTrue(problem("a", URI.create("ftp://example.com/")).startsWith("invalid base URL"));
    }

    @Test
    void ignoresBaseForAbsoluteUrls() {
        assertEquals("http://other.org/x", canon("http://other.org/x", BASE));
    }

    @Test
    void treatsWwwPrefixAsHttpsHost() {
        assertEquals("https://www.example.com/path", canon("www.example.com/path"));
        assertEquals("https://www.example.com/path", canon("www.example.com/path", BASE));
    }

    @Test
    void treatsDottedHostWithPortAsHttpsHost() {
        assertEquals("https://example.com:8080/x", canon("example.com:8080/x"));
    }

    @Test
    void acceptsMissingSlashesAfterHttpScheme() {
        assertEquals("http://example.com/", canon("http:example.com"));
        assertEquals("https://example.com/", canon("https:///example.com"));
    }

    // ---------------------------------------------------------------- failures

    @ParameterizedTest
    @CsvSource({
        "javascript:alert(1), javascript",
        "JavaScript:void(0), javascript",
        "mailto:someone@example.com, mailto",
        "'data:text/html;base64,AAAA', data",
        "ftp://example.com/file, ftp",
        "tel:+1-555-0100, tel",
        "file:///etc/passwd, file"})
    void refusesNonHttpSchemesNamingThem(String raw, String scheme) {
        assertEquals("unsupported scheme: " + scheme, problem(raw, BASE));
    }

    @Test
    void refusesJavascriptHiddenByTabs() {
        assertEquals("unsupported scheme: javascript", problem("java\tscript:alert(1)", BASE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://", "https:///", "http://:80/x", "//", "http://user@/x"})
    void refusesMissingHost(String raw) {
        assertEquals("missing host", problem(raw, null));
    }

    @Test
    void refusesHostWithSpaces() {
        assertEquals("host contains whitespace", problem("https://exa mple.com/", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa%20mple.com/", "https://a..b.com/", "https://my_host.example.com/",
        "https://-a.example.com/", "https://example.123/", "https://[zz]/"})
    void refusesInvalidHosts(String raw) {
        assertTrue(problem(raw, null).contains("host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com:99999/", "https://example.com:8o/"})
    void refusesInvalidPort(String raw) {
        assertEquals("invalid port", problem(raw, null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "<>", "\"\""})
    void refusesNullAndBlank(String raw) {
        assertNotNull(problem(raw, BASE));
    }

    @Test
    void refusesOverlongInputEarly() {
        String raw = "https://example.com/" + "a".repeat(Urls.MAX_INPUT);
        assertEquals("URL too long", problem(raw, null));
    }

    @Test
    void handlesHostileInputQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String s : new String[] {"%".repeat(4000), "/..".repeat(1300), "https://x.com/" + "../".repeat(1300),
                "https://x.com/?" + "&".repeat(4000), "<\"".repeat(2000), "https://" + "a.".repeat(2000),
                "https://x.com/" + "\uD83D".repeat(4000), "https://" + "@".repeat(4000)}) {
                assertNotNull(Urls.canonicalize(s, BASE));
            }
        });
    }

    // ---------------------------------------------------------------- UrlResult

    @Test
    void resultInvariantHolds() {
        UrlResult f = UrlResult.failure("x");
        assertFalse(f.ok());
        assertNull(f.uri());
        assertEquals("invalid URL", UrlResult.failure(null).problem());
        UrlResult ok = Urls.canonicalize("https://example.com", null);
        assertTrue(ok.ok());
        assertNull(ok.problem());
    }

    // ---------------------------------------------------------------- registrable domain

    @ParameterizedTest
    @CsvSource({
        "www.usatoday.com, usatoday.com",
        "chicago.suntimes.com, suntimes.com",
        "toronto.ctvnews.ca, ctvnews.ca",
        "news.bbc.co.uk, bbc.co.uk",
        "www.smh.com.au, smh.com.au",
        "WWW.Example.COM, example.com",
        "example.com., example.com",
        "a.b.c.example.co.jp, example.co.jp",
        "www.folha.com.br, folha.com.br",
        "timesofindia.indiatimes.com, indiatimes.com",
        "www.news24.co.za, news24.co.za",
        "my_host.example.org, example.org",
        "bücher.de, xn--bcher-kva.de"})
    void findsRegistrableDomain(String host, String expected) {
        assertEquals(expected, Urls.registrableDomain(host));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "localhost", "127.0.0.1", "[::1]", "::1", "co.uk", "com", "exa mple.com",
        "a..b.com", "example.com:8080"})
    void registrableDomainIsNullForNonDomains(String host) {
        assertNull(Urls.registrableDomain(host));
    }

    @Test
    void registrableDomainOfUri() {
        assertEquals("bbc.co.uk", Urls.registrableDomain(URI.create("https://news.bbc.co.uk/a")));
        assertNull(Urls.registrableDomain((URI) null));
        assertNull(Urls.registrableDomain(URI.create("/relative")));
        assertNull(Urls.registrableDomain(URI.create("http://[::1]/")));
    }
}

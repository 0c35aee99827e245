#include <doctest/doctest.h>

#include "formats/html_text.hpp"

using filmquiz::formats::decode_entities;
using filmquiz::formats::html_to_text;

TEST_CASE("named and numeric character references are decoded") {
    CHECK(decode_entities("&quot;Jaws&quot; &amp; &#039;Alien&#039;") == "\"Jaws\" & 'Alien'");
    CHECK(decode_entities("Am&eacute;lie, &Uuml;ber, &ldquo;x&rdquo;, &hellip;") ==
          "Amélie, Über, \u201Cx\u201D, \u2026");
    CHECK(decode_entities("&#x27;&#X41;&#65;&apos;&nbsp;") == "'AA'\u00A0");
}

TEST_CASE("what is not a valid reference stays as written") {
    CHECK(decode_entities("&unknown; &amp &; &#; &#xZZ; &#0; &#xD800; &#1114112;") ==
          "&unknown; &amp &; &#; &#xZZ; &#0; &#xD800; &#1114112;");
    CHECK(decode_entities("AT&T rocks & rolls") == "AT&T rocks & rolls");
    CHECK(decode_entities("&") == "&");
    // Control characters are not text: a question must not hold them.
    CHECK(decode_entities("&#127;&#7;&#x80;&#x9F;&#9;") == "&#127;&#7;&#x80;&#x9F;\t");
}

TEST_CASE("tags are dropped, line breaks and blocks separate words") {
    CHECK(html_to_text("<p>Who directed <i>Alien</i>?</p><p>Pick&nbsp;one</p>") ==
          " Who directed Alien?  Pick\u00A0one ");
    CHECK(html_to_text("a<br/>b<BR>c") == "a b c");
    CHECK(html_to_text("x < 5 and 3 > 2, a <3 b") == "x < 5 and 3 > 2, a <3 b");
    CHECK(html_to_text("<!-- note -->text<b") == "text<b");
    CHECK(html_to_text("&lt;b&gt; is a tag") == "<b> is a tag");
}

//! `escape_html` (Tera's autoescape for feeds and sitemaps) and `xml_safe` give text that parses
//! as XML inside an element and an attribute, for any input.
#![no_main]
use caravan::markdown::{escape_html, xml_safe};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let escaped = escape_html(text);
    let doc = format!("<e a=\"{escaped}\" b='{escaped}'>{escaped}</e>");
    let parsed = roxmltree::Document::parse(&doc)
        .unwrap_or_else(|e| panic!("{e}: {doc:?}"));
    let root = parsed.root_element();
    // Only forbidden characters are lost (parsers may or may not turn \r into \n).
    let newlines = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
    assert_eq!(newlines(root.text().unwrap_or("")), newlines(&xml_safe(text)));
    let cdata = format!("<e><![CDATA[{}]]></e>", xml_safe(text).replace("]]>", "]]]]><![CDATA[>"));
    roxmltree::Document::parse(&cdata).unwrap_or_else(|e| panic!("{e}: {cdata:?}"));
});

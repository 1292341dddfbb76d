//! The regular expressions the line readers share, compiled once.

use regex::Regex;
use std::sync::OnceLock;

pub(super) struct Patterns {
    pub(super) glued_quote: Regex,
    pub(super) bullet: Regex,
    pub(super) subtitle: Regex,
    pub(super) time: Regex,
    pub(super) byline_by: Regex,
    pub(super) byline_end: Regex,
    pub(super) byline_dash: Regex,
    pub(super) read_times: Regex,
    pub(super) credit: Regex,
    pub(super) labelled_credit: Regex,
    pub(super) image_credit: Regex,
    pub(super) dateline_shape: Regex,
    pub(super) dateline_outlet_paren: Regex,
    pub(super) dateline_outlet_slash: Regex,
    pub(super) reports: Regex,
    pub(super) reports_ru: Regex,
    pub(super) lead_outlet: Regex,
    pub(super) agency_dateline: Regex,
    pub(super) told: Regex,
    pub(super) lone_credit: Regex,
    pub(super) lone_domain: Regex,
    pub(super) title_tail: Regex,
    pub(super) title_head: Regex,
    pub(super) domain: Regex,
    pub(super) sentence_end: Regex,
    pub(super) html_tag: Regex,
    pub(super) photo_credit: Regex,
}

pub(super) fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        glued_quote: Regex::new(r"([\p{L}\p{N}.!?])([“«„])(\p{Lu})").unwrap(),
        bullet: Regex::new(r"^(?:[•·▪■●◦►✓*]|-(?:\s))\s*").unwrap(),
        subtitle: Regex::new(r"^[-–—]\s+(.{10,200}?)\s+[-–—]$").unwrap(),
        time: Regex::new(r"\b\d{1,2}:\d{2}\b").unwrap(),
        byline_by: Regex::new(r"^(?i:by)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*(?:(?:\s[–—-]|,)\s*(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}))?(?:,\s*\p{Lu}\p{L}+(?:\s\p{L}+){0,2})?\s*:?$").unwrap(),
        read_times: Regex::new(r"(?i)\b(?:read|viewed|seen|прочитан[оа]?|просмотрен[оа]?|pročitan[oa]?|pregledan[oa]?|gelesen|lu|leída|visto|okundu|o[‘'ʻ]qildi)\b.{0,20}?\d+.{0,6}?\b(?:times|раз[а]?|puta|mal|fois|veces|volte|kez|marta)\b").unwrap(),
        byline_dash: Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2})\s+[-–—|]\s+((?:The\s)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})$").unwrap(),
        byline_end: Regex::new(r"^(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}),\s*(\p{Lu}[\p{L}\p{N}.&-]{1,24}(?:\s\p{Lu}[\p{L}.&-]+){0,2})$").unwrap(),
        labelled_credit: Regex::new(r"^(?i)(source|источник|kaynak|izvor|извор|manba|manba|quelle|fuente|fonte|author|автор|autor|written by|reporter)\s*:\s*(\p{Lu}[\p{L}\p{N}.&'’/ -]{1,40}?)(?:\s{2,}.*)?$").unwrap(),
        credit: Regex::new(r"^\((\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}),\s*[\d./-]{6,10}\)$").unwrap(),
        image_credit: Regex::new(r"(?i)^(?:photo|photos|image|images|picture|фото|foto|fotografija|bild|imagen|rasm|сурат|fotoğraf|credit|credits)\s*(?:by|:|/|\|)").unwrap(),
        dateline_shape: Regex::new(r"^\p{Lu}{3,}(?:[ -]\p{Lu}{2,})*(?:,|\s*/|\s+\()").unwrap(),
        dateline_outlet_paren: Regex::new(r"\((\p{Lu}[\p{L}.&]{1,15})\)").unwrap(),
        dateline_outlet_slash: Regex::new(r"/\s*(\p{Lu}[\p{L}.&-]{1,20})\s*/").unwrap(),
        reports: Regex::new(r",\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2})\s+(?:correspondent\s+|news agency\s+)?(?:reports|reported)\.(?:\s|$)").unwrap(),
        reports_ru: Regex::new(r"(?:передает|передаёт|сообщает|сообщило)\s+[«“]?(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{N}+)?)").unwrap(),
        agency_dateline: Regex::new(r"^(\p{Lu}[\p{Lu}\p{N}&-]{2,}(?:[ -]\p{Lu}[\p{Lu}\p{N}&-]+)?)\.\s+(\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}{3,12}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\.\s").unwrap(),
        lead_outlet: Regex::new(r"^.{0,90}?(?:\((\p{Lu}[\p{L}\p{N}.&/-]{1,24})\)\s*(?::|--|[–—-]\s)|(?:\d{1,2}|\p{Ll}{3,})[.,]?\s+(\p{Lu}[\p{L}\p{N}.&-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{N}.&-]*)?)\s+(?:--|[–—-])\s)").unwrap(),
        told: Regex::new(r"\btold\s+(\p{Lu}{2,}[\p{Lu}\p{N}.&-]*(?:\s\p{Lu}{2,}[\p{Lu}\p{N}.&-]*){0,2})[.,]").unwrap(),
        lone_credit: Regex::new(r"^\((\p{Lu}[\p{L}\p{N}.&/ -]{1,30})\)$").unwrap(),
        title_tail: Regex::new(r"(?:\s+[|/–—-]?\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\s+\d{1,2}:\d{2}|\s+[X×✕✖])$").unwrap(),
        title_head: Regex::new(r"^(?:\p{L}+\s+){0,2}?(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*[|/–—-]?\s+").unwrap(),
        lone_domain: Regex::new(r"^(\p{L}[\p{L}\p{N}-]{2,30}\.(?:org|com|net|info|news|uz|kz|kg|tj|tm|ru|rs|az|ba|me|de|fr|es|it|tr))$").unwrap(),
        domain: Regex::new(r"(?i)\b(?:www\.)?([a-z0-9-]{2,30})\.(?:az|uz|com|net|org|rs|ru|kz|kr|de|info|news)\b").unwrap(),
        photo_credit: Regex::new(r"(?i)(?:\s*\((?:[^()]{0,60}?[\s,])?(?:photo|photos|photograph|фото|foto|fotografija|bild|imagen|rasm|сурат|image|picture|credit)(?:[\s:,/©][^()]{0,80})?\)|(?:^|\s)(?:photo|photos|фото|foto))$").unwrap(),
        html_tag: Regex::new(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>").unwrap(),
        sentence_end: Regex::new(r#"[.!?…]["”»’)]?\s+["“«(]?\p{Lu}"#).unwrap(),
    })
}

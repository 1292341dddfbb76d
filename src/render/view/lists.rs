//! Views of an article and of the lists that file it: pair, country, theme and tag pages.

use super::*;

#[derive(Serialize, Hash)]
pub struct ArticleView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub article: CardRef<'a>,
    pub body: BodyRef<'a>,
    pub pair: TermSummary,
    pub newer: Option<CardRef<'a>>,
    pub older: Option<CardRef<'a>>,
    pub related: Vec<CardRef<'a>>,
    /// Whether the body has code blocks (and so needs the highlight stylesheet).
    pub has_code: bool,
    pub published: Option<String>,
    /// What the page's JSON-LD is made from, by digest: the JSON itself is built only when the
    /// page renders (it is the costliest part of the view), see [`Views::article_jsonld`].
    #[serde(skip)]
    pub jsonld_inputs: u64,
}

#[derive(Serialize, Hash)]
pub struct IndexView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub kind: KindInfo,
    pub terms: Vec<TermSummary>,
    /// For pairs: the groups of one country, listed apart.
    pub singles: Vec<TermSummary>,
}

/// What a term's first page says about it.
#[derive(Debug, Serialize, Hash)]
pub struct TermStats {
    pub first: Option<String>,
    pub first_display: Option<String>,
    pub last: Option<String>,
    pub last_display: Option<String>,
    pub undated: usize,
    pub sparkline: Option<String>,
    pub sparkline_text: String,
    pub themes: Vec<Count>,
    /// A pair's countries, each with its own page and count.
    pub countries: Vec<Count>,
    /// A country's partners, each linking to the pair's page.
    pub partners: Vec<Count>,
    /// A country's items about it alone.
    pub alone: Option<Count>,
}

#[derive(Serialize, Hash)]
pub struct ListView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub term: TermSummary,
    pub kind: KindInfo,
    pub single: bool,
    /// The term page's own address: cards do not link back to it.
    pub here: String,
    pub stats: Option<TermStats>,
    pub items: Vec<CardRef<'a>>,
    pub paginator: Paginator,
}

impl<'a> Views<'a> {
    pub fn article(&self, i: usize, path: &str) -> ArticleView<'a> {
        let article = &self.site.articles[i];
        let n = &self.site.neighbours[i];
        let pair_term = &self.site.terms(Kind::Pair)[n.pair];
        let mut page = self.page_meta(&article.title, path, &article.summary);
        page.section = "articles";
        // Everything `article_jsonld` reads: the article, its terms' names and paths, the site.
        let mut digest = super::super::stable_hasher();
        (
            article,
            &pair_term.name,
            &pair_term.slug,
            &self.config.title,
            &self.base.full,
        )
            .hash(&mut digest);
        n.countries
            .iter()
            .chain(&n.themes)
            .for_each(|&t| t.hash(&mut digest));
        n.countries
            .iter()
            .for_each(|&c| self.site.terms(Kind::Country)[c].name.hash(&mut digest));
        n.themes
            .iter()
            .for_each(|&t| self.site.terms(Kind::Theme)[t].name.hash(&mut digest));
        self.meta.og_image.hash(&mut digest);
        ArticleView {
            site: self.meta,
            page,
            article: self.prepared.card(i),
            body: self.prepared.body(i),
            pair: self.term_summary(pair_term),
            newer: n.newer_in_pair.map(|j| self.prepared.card(j)),
            older: n.older_in_pair.map(|j| self.prepared.card(j)),
            related: self.cards(&n.related),
            has_code: self.prepared.get(i).body.has_code,
            published: article.date.map(|d| d.to_string()),
            jsonld_inputs: digest.finish(),
        }
    }

    /// An article page's JSON-LD (NewsArticle and breadcrumbs), ready for a script element.
    pub fn article_jsonld(&self, i: usize, path: &str) -> String {
        let article = &self.site.articles[i];
        let n = &self.site.neighbours[i];
        let pair_term = &self.site.terms(Kind::Pair)[n.pair];
        let permalink = self.base.absolute(path);
        let mut news = json!({
            "@type": "NewsArticle",
            "headline": truncate_chars(&article.title, 110),
            "url": permalink,
            "mainEntityOfPage": permalink,
            "about": n.countries.iter().map(|&c| json!({"@type": "Country", "name": self.site.terms(Kind::Country)[c].name})).collect::<Vec<_>>(),
            "keywords": n.themes.iter().map(|&t| self.site.terms(Kind::Theme)[t].name.clone()).collect::<Vec<_>>(),
            "isPartOf": {"@type": "WebSite", "name": self.config.title, "url": self.base.absolute("")},
        });
        let fields = news.as_object_mut().expect("an object");
        if !article.summary.is_empty() {
            fields.insert("description".into(), json!(article.summary));
        }
        if let Some(date) = article.date {
            fields.insert("datePublished".into(), json!(date.to_string()));
        }
        if let Some(author) = &article.author {
            fields.insert("author".into(), json!({"@type": "Person", "name": author}));
        }
        if let Some(outlet) = &article.outlet {
            fields.insert(
                "publisher".into(),
                json!({"@type": "Organization", "name": outlet}),
            );
        }
        if let Some(lang) = article.lang.as_deref().filter(|l| valid_lang(l)) {
            fields.insert("inLanguage".into(), json!(lang));
        }
        if let Some(url) = article.source_url.as_deref().filter(|u| is_web_url(u)) {
            fields.insert("isBasedOn".into(), json!(url));
        }
        if let Some(image) = &self.meta.og_image {
            fields.insert("image".into(), json!(image));
        }
        let pair_path = pair_term.path();
        jsonld(&json!({
            "@context": "https://schema.org",
            "@graph": [news, self.breadcrumbs(&[(pair_term.name.as_str(), pair_path.as_str())], &article.title, path)],
        }))
    }

    pub fn index(&self, kind: Kind) -> IndexView<'a> {
        let (singles, terms): (Vec<&Term>, Vec<&Term>) =
            self.site.terms(kind).iter().partition(|t| t.is_single());
        let description = match kind {
            Kind::Pair => format!(
                "All {} country pairs of the digest with their item counts, busiest first, and {} countries covered alone.",
                terms.len(),
                singles.len()
            ),
            _ => format!(
                "All {} {} of the digest with their item counts.",
                terms.len(),
                kind.title().to_lowercase()
            ),
        };
        IndexView {
            site: self.meta,
            page: self.page_meta_in(
                kind.dir(),
                kind.title(),
                &format!("{}/", kind.dir()),
                &description,
                &[],
            ),
            kind: kind.into(),
            terms: terms.iter().map(|t| self.term_summary(t)).collect(),
            singles: singles.iter().map(|t| self.term_summary(t)).collect(),
        }
    }

    pub fn list(&self, kind: Kind, t: usize, number: usize) -> ListView<'a> {
        let term = &self.site.terms(kind)[t];
        let list_path = term.path();
        let (start, end) = self.routes.page_range(term.members.len(), number);
        let title = match number {
            1 => term.name.clone(),
            n => format!("{} (page {n})", term.name),
        };
        // The summary (and the description drawn from it) is the first page's; later pages
        // say which slice they hold, which keeps every description unique and cheap.
        let stats = (number == 1).then(|| self.term_stats(term));
        let description = match &stats {
            Some(stats) => self.describe_term(term, stats),
            None => format!(
                "Page {number} of {}: items {}–{end} of {}{}.",
                term.name,
                start + 1,
                term.members.len(),
                match (term.first, term.last) {
                    (Some(a), Some(b)) => format!(", {} to {}", display_date(a), display_date(b)),
                    _ => String::new(),
                }
            ),
        };
        let index_path = format!("{}/", kind.dir());
        ListView {
            site: self.meta,
            page: self.page_meta_in(
                kind.dir(),
                &title,
                &paged(&list_path, number),
                &description,
                &[(kind.title(), index_path.as_str())],
            ),
            term: self.term_summary(term),
            kind: kind.into(),
            single: term.is_single(),
            here: self.base.link(&list_path),
            stats,
            items: self.cards(&term.members[start..end]),
            paginator: Paginator::new(
                &self.routes,
                term.members.len(),
                number,
                |p| self.base.link(p),
                &list_path,
            ),
        }
    }

    fn term_stats(&self, term: &Term) -> TermStats {
        let articles = &self.site.articles;
        let series = Series::of(term.members.iter().filter_map(|&i| articles[i].date));
        let mut themes: BTreeMap<usize, usize> = BTreeMap::new();
        let mut partners: BTreeMap<usize, usize> = BTreeMap::new();
        for &i in &term.members {
            let n = &self.site.neighbours[i];
            if term.kind != Kind::Theme {
                for &th in &n.themes {
                    *themes.entry(th).or_default() += 1;
                }
            }
            if term.kind == Kind::Country {
                *partners.entry(n.pair).or_default() += 1;
            }
        }
        let theme_terms = self.site.terms(Kind::Theme);
        let pair_terms = self.site.terms(Kind::Pair);
        let by_count = |mut list: Vec<Count>| {
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
            list
        };
        let mut alone = None;
        let mut partner_list = Vec::new();
        for (p, count) in partners {
            let pair = &pair_terms[p];
            // Items that name the country but file it under another pair have no partner here.
            if !pair.key.split('-').any(|k| k == term.key) {
                continue;
            }
            if pair.is_single() {
                alone = Some(Count {
                    name: format!("{} alone", term.name),
                    url: self.base.link(&pair.path()),
                    count,
                });
            } else {
                let other = pair
                    .key
                    .split('-')
                    .find(|k| *k != term.key)
                    .map(crate::gazetteer::name_of)
                    .unwrap_or(&pair.name);
                partner_list.push(Count {
                    name: other.to_string(),
                    url: self.base.link(&pair.path()),
                    count,
                });
            }
        }
        let countries = if term.kind == Kind::Pair {
            let country_terms = self.site.terms(Kind::Country);
            term.key
                .split('-')
                .filter_map(|k| country_terms.iter().find(|c| c.key == k))
                .map(|c| self.count_of(c))
                .collect()
        } else {
            Vec::new()
        };
        TermStats {
            first: term.first.map(|d| d.to_string()),
            first_display: term.first.map(display_date),
            last: term.last.map(|d| d.to_string()),
            last_display: term.last.map(display_date),
            undated: term
                .members
                .iter()
                .filter(|&&i| articles[i].date.is_none())
                .count(),
            sparkline_text: series.as_ref().map(Series::describe).unwrap_or_default(),
            sparkline: series.as_ref().map(charts::sparkline),
            themes: by_count(
                themes
                    .into_iter()
                    .map(|(th, count)| Count {
                        name: theme_terms[th].name.clone(),
                        url: self.base.link(&theme_terms[th].path()),
                        count,
                    })
                    .collect(),
            ),
            countries,
            partners: by_count(partner_list),
            alone,
        }
    }

    /// A term page's meta description: what it holds, over which dates, with whom.
    fn describe_term(&self, term: &Term, stats: &TermStats) -> String {
        let n = term.members.len();
        let items = format!("{n} item{}", if n == 1 { "" } else { "s" });
        let range = match (&stats.first_display, &stats.last_display) {
            (Some(a), Some(b)) if a == b => format!(" from {a}"),
            (Some(a), Some(b)) => format!(" from {a} to {b}"),
            _ => " (undated)".into(),
        };
        let names = |list: &[Count], max: usize| -> String {
            let shown: Vec<&str> = list.iter().take(max).map(|c| c.name.as_str()).collect();
            let more = list.len().saturating_sub(max);
            if more > 0 {
                format!("{} and {more} more", shown.join(", "))
            } else {
                shown.join(", ")
            }
        };
        let themes = if stats.themes.is_empty() {
            String::new()
        } else {
            format!(" Themes: {}.", names(&stats.themes, 3))
        };
        match term.kind {
            Kind::Pair if term.is_single() => {
                format!("{items} about {} alone,{range}.{themes}", term.name)
            }
            Kind::Pair => {
                let both: Vec<&str> = stats.countries.iter().map(|c| c.name.as_str()).collect();
                format!(
                    "{items} on cooperation between {},{range}.{themes}",
                    both.join(" and ")
                )
            }
            Kind::Country => {
                let partners = if stats.partners.is_empty() {
                    String::new()
                } else {
                    format!(" Partners: {}.", names(&stats.partners, 4))
                };
                format!("{items} involving {},{range}.{partners}{themes}", term.name)
            }
            Kind::Theme => {
                let covers = if term.note.is_empty() {
                    String::new()
                } else {
                    format!(" Covers {}.", term.note.trim_end_matches('.'))
                };
                format!("{items} on {},{range}.{covers}", term.name)
            }
            Kind::Tag => format!("{items} tagged “{}”,{range}.", term.name),
        }
    }
}

//! Views of the pages that give an overview: home, the timeline, the article index, search.

use super::*;

#[derive(Serialize, Hash)]
pub struct HomeView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub latest: Vec<CardRef<'a>>,
    pub total: usize,
    pub undated: usize,
    /// Pairs of two countries; single-country groups are counted apart.
    pub pair_count: usize,
    pub country_count: usize,
    pub top_pairs: Vec<TermSummary>,
    pub themes: Vec<TermSummary>,
    pub matrix: Option<Matrix>,
    pub chart: Option<Chart>,
    pub years: Vec<Count>,
}

/// One year of the archive index: twelve month cells, January first.
#[derive(Debug, Serialize, Hash)]
pub struct YearRow {
    pub year: String,
    pub count: usize,
    pub months: Vec<MonthCell>,
}

#[derive(Debug, Serialize, Hash)]
pub struct MonthCell {
    pub short: &'static str,
    pub label: String,
    pub count: usize,
    pub url: Option<String>,
}

#[derive(Serialize, Hash)]
pub struct TimelineView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub groups: Vec<MonthGroup<'a>>,
    pub years: Vec<YearRow>,
    pub undated: Option<Count>,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct ArticlesView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub items: Vec<CardRef<'a>>,
    pub total: usize,
    pub paginator: Paginator,
}

#[derive(Serialize, Hash)]
pub struct SearchView<'a> {
    pub site: &'a SiteMeta,
    pub page: PageMeta,
    pub index_url: String,
    pub script_url: String,
    pub total: usize,
}

impl<'a> Views<'a> {
    pub fn home(&self) -> HomeView<'a> {
        let latest: Vec<usize> =
            (0..self.site.articles.len().min(self.config.home_latest)).collect();
        let pairs = self.site.terms(Kind::Pair);
        let bilateral: Vec<&Term> = pairs.iter().filter(|t| !t.is_single()).collect();
        let mut page = self.page_meta(&self.config.title, "", &self.config.description);
        page.jsonld = jsonld(&json!({
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.config.title,
            "url": self.base.absolute(""),
            "potentialAction": {
                "@type": "SearchAction",
                "target": format!("{}?q={{q}}", self.base.absolute("search/")),
                "query-input": "required name=q",
            },
        }));
        HomeView {
            site: self.meta,
            page,
            latest: self.cards(&latest),
            total: self.site.articles.len(),
            undated: self
                .site
                .articles
                .iter()
                .filter(|a| a.date.is_none())
                .count(),
            pair_count: bilateral.len(),
            country_count: self.site.terms(Kind::Country).len(),
            // Pairs are sorted by count, busiest first.
            top_pairs: bilateral
                .iter()
                .take(HOME_PAIRS)
                .map(|t| self.term_summary(t))
                .collect(),
            themes: self
                .site
                .terms(Kind::Theme)
                .iter()
                .filter(|t| !t.members.is_empty())
                .map(|t| self.term_summary(t))
                .collect(),
            matrix: self.matrix(),
            chart: self.archive_chart(),
            years: self.year_links(),
        }
    }

    /// The busiest countries and how many items each two of them share.
    fn matrix(&self) -> Option<Matrix> {
        let countries = self.site.terms(Kind::Country);
        let mut top: Vec<usize> = (0..countries.len()).collect();
        top.sort_by(|&a, &b| {
            countries[b]
                .members
                .len()
                .cmp(&countries[a].members.len())
                .then(countries[a].name.cmp(&countries[b].name))
        });
        top.truncate(MATRIX_COUNTRIES);
        if top.len() < 2 {
            return None;
        }
        let at: BTreeMap<&str, usize> = top
            .iter()
            .enumerate()
            .map(|(i, &c)| (countries[c].key.as_str(), i))
            .collect();
        let n = top.len();
        let mut cells: Vec<Vec<Option<Cell>>> =
            (0..n).map(|_| (0..n).map(|_| None).collect()).collect();
        for pair in self.site.terms(Kind::Pair) {
            let mut keys = pair.key.split('-');
            let (Some(a), Some(b)) = (keys.next(), keys.next()) else {
                continue;
            };
            let (Some(&i), Some(&j)) = (at.get(a), at.get(b)) else {
                continue;
            };
            for (r, c) in [(i, j), (j, i)] {
                cells[r][c] = Some(Cell {
                    count: pair.members.len(),
                    url: self.base.link(&pair.path()),
                    pair: pair.name.clone(),
                });
            }
        }
        let names: Vec<String> = top.iter().map(|&c| countries[c].name.clone()).collect();
        let svg = charts::matrix(&names, &cells);
        Some(Matrix {
            svg,
            countries: top.iter().map(|&c| self.count_of(&countries[c])).collect(),
            rows: cells
                .into_iter()
                .map(|row| {
                    row.into_iter()
                        .map(|c| {
                            c.map(|c| Count {
                                name: c.pair,
                                url: c.url,
                                count: c.count,
                            })
                        })
                        .collect()
                })
                .collect(),
        })
    }

    fn archive_chart(&self) -> Option<Chart> {
        let series = Series::of(self.site.articles.iter().filter_map(|a| a.date))?;
        let (svg, bars) = charts::archive_bars(&series);
        Some(Chart {
            svg,
            description: series.describe(),
            rows: bars
                .into_iter()
                .map(|b| Count {
                    name: b.label,
                    url: String::new(),
                    count: b.count,
                })
                .collect(),
        })
    }

    /// Years of the archive, newest first, each linking to its place on the timeline.
    fn year_links(&self) -> Vec<Count> {
        let mut years: Vec<Count> = Vec::new();
        for (key, count, url) in self.month_places() {
            let year = key.get(..4).unwrap_or(&key).to_string();
            let year = if key == "undated" {
                "Undated".into()
            } else {
                year
            };
            match years.last_mut() {
                Some(y) if y.name == year => y.count += count,
                _ => years.push(Count {
                    name: year,
                    url,
                    count,
                }),
            }
        }
        years
    }

    /// Each month of the timeline: key, count and the address of its first item.
    fn month_places(&self) -> Vec<(String, usize, String)> {
        let mut seen = 0;
        self.site
            .timeline
            .iter()
            .map(|m| {
                let page = seen / self.routes.paginate_by + 1;
                seen += m.members.len();
                let url = format!("{}#m-{}", self.base.link(&paged("timeline/", page)), m.key);
                (m.key.clone(), m.members.len(), url)
            })
            .collect()
    }

    pub fn timeline(&self, number: usize) -> TimelineView<'a> {
        let total = self.site.articles.len();
        let (start, end) = self.routes.page_range(total, number);
        let title = match number {
            1 => "Timeline".to_string(),
            n => format!("Timeline (page {n})"),
        };
        let mut groups = Vec::new();
        let mut seen = 0;
        for month in &self.site.timeline {
            let (from, to) = (seen, seen + month.members.len());
            seen = to;
            if to <= start || from >= end {
                continue;
            }
            groups.push(MonthGroup {
                key: &month.key,
                label: &month.label,
                items: self.cards(&month.members[start.max(from) - from..end.min(to) - from]),
            });
        }
        let description = match (groups.first(), groups.last()) {
            (Some(a), Some(b)) if number > 1 || self.routes.page_count(total) > 1 => format!(
                "Timeline page {number}: items {}–{end}, {} to {}.",
                start + 1,
                a.label,
                b.label
            ),
            _ => "All items by month, newest first.".into(),
        };
        let (years, undated) = self.year_rows();
        TimelineView {
            site: self.meta,
            page: self.page_meta_in(
                "timeline",
                &title,
                &paged("timeline/", number),
                &description,
                &[],
            ),
            groups,
            years,
            undated,
            paginator: Paginator::new(
                &self.routes,
                total,
                number,
                |p| self.base.link(p),
                "timeline/",
            ),
        }
    }

    /// The archive index: a row of twelve months per year, newest year first.
    fn year_rows(&self) -> (Vec<YearRow>, Option<Count>) {
        let mut rows: Vec<YearRow> = Vec::new();
        let mut undated = None;
        for (key, count, url) in self.month_places() {
            let Some((year, month)) = key
                .split_once('-')
                .and_then(|(y, m)| Some((y.to_string(), m.parse::<usize>().ok()?)))
            else {
                undated = Some(Count {
                    name: "Undated".into(),
                    url,
                    count,
                });
                continue;
            };
            if rows.last().is_none_or(|r| r.year != year) {
                rows.push(YearRow {
                    months: (1..=12)
                        .map(|m| MonthCell {
                            short: &month_name(m)[..3],
                            label: format!("{} {year}", month_name(m)),
                            count: 0,
                            url: None,
                        })
                        .collect(),
                    year: year.clone(),
                    count: 0,
                });
            }
            let row = rows.last_mut().expect("a row is open");
            row.count += count;
            if let Some(cell) = row.months.get_mut(month.wrapping_sub(1)) {
                cell.count = count;
                cell.url = Some(url);
            }
        }
        (rows, undated)
    }

    pub fn articles(&self, number: usize) -> ArticlesView<'a> {
        let total = self.site.articles.len();
        let (start, end) = self.routes.page_range(total, number);
        let title = match number {
            1 => "All articles".to_string(),
            n => format!("All articles (page {n})"),
        };
        let description = if number == 1 {
            format!("All {total} items of the digest, newest first.")
        } else {
            format!(
                "All items of the digest, newest first: page {number}, items {}–{end}.",
                start + 1
            )
        };
        let members: Vec<usize> = (start..end).collect();
        ArticlesView {
            site: self.meta,
            page: self.page_meta_in(
                "articles",
                &title,
                &paged("articles/", number),
                &description,
                &[],
            ),
            items: self.cards(&members),
            total,
            paginator: Paginator::new(
                &self.routes,
                total,
                number,
                |p| self.base.link(p),
                "articles/",
            ),
        }
    }

    pub fn search(&self) -> SearchView<'a> {
        SearchView {
            site: self.meta,
            page: self.page_meta_in(
                "search",
                "Search",
                "search/",
                "Search every item of the digest by word, pair, country, theme and language.",
                &[],
            ),
            index_url: self.base.link("search/index.json"),
            script_url: self.base.link("search.js"),
            total: self.site.articles.len(),
        }
    }
}

//! Charts drawn at build time as inline SVG: a sparkline of items per month, a bar chart of the
//! archive, a country × country matrix. Each comes with a text alternative; colours come from the
//! theme's stylesheet (classes, not fills), so light and dark modes both apply. Output depends on
//! nothing but the arguments: pages stay byte-identical from build to build.

use crate::markdown::escape_html;
use crate::site::month_name;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// Items per month over a continuous range of months (empty months included), oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Series {
    /// The first month: (year, month).
    pub start: (i32, u32),
    pub counts: Vec<usize>,
}

impl Series {
    /// Counts per month of `dates` (any order); None without any date.
    pub fn of(dates: impl Iterator<Item = NaiveDate>) -> Option<Series> {
        let months: Vec<i64> = dates.map(month_index).collect();
        let (&lo, &hi) = (months.iter().min()?, months.iter().max()?);
        let mut counts = vec![0; (hi - lo + 1) as usize];
        for m in months {
            counts[(m - lo) as usize] += 1;
        }
        Some(Series {
            start: from_index(lo),
            counts,
        })
    }

    pub fn month(&self, offset: usize) -> (i32, u32) {
        let (y, m) = self.start;
        from_index(month_index_of(y, m) + offset as i64)
    }

    pub fn label(&self, offset: usize) -> String {
        let (y, m) = self.month(offset);
        format!("{} {y}", month_name(m))
    }

    /// The busiest month (the earliest of equals) and its count.
    pub fn peak(&self) -> (usize, usize) {
        let mut best = (0, 0);
        for (i, &c) in self.counts.iter().enumerate() {
            if c > best.1 {
                best = (i, c);
            }
        }
        best
    }

    /// "From March 2019 to April 2024; busiest month: May 2021 (4 items)."
    pub fn describe(&self) -> String {
        let (at, n) = self.peak();
        let last = self.counts.len() - 1;
        let range = if last == 0 {
            format!("In {}", self.label(0))
        } else {
            format!("From {} to {}", self.label(0), self.label(last))
        };
        let total: usize = self.counts.iter().sum();
        let active = self.counts.iter().filter(|&&c| c > 0).count();
        if n <= 1 {
            format!(
                "{range}: {total} item{} over {active} month{}, never more than one a month.",
                plural(total),
                plural(active)
            )
        } else {
            format!(
                "{range}: {total} items over {active} month{}; busiest month: {} ({n} items).",
                plural(active),
                self.label(at)
            )
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn month_index(d: NaiveDate) -> i64 {
    month_index_of(d.year(), d.month())
}

fn month_index_of(y: i32, m: u32) -> i64 {
    y as i64 * 12 + (m as i64 - 1)
}

fn from_index(i: i64) -> (i32, u32) {
    (i.div_euclid(12) as i32, (i.rem_euclid(12) + 1) as u32)
}

/// A small bar per month, with its description as the accessible name.
pub fn sparkline(series: &Series) -> String {
    let (w, h) = (300.0, 48.0);
    let n = series.counts.len();
    let max = series.peak().1.max(1) as f64;
    let slot = w / n as f64;
    let bar = (slot * 0.75).clamp(0.5, 12.0);
    let mut svg = format!(
        "<svg class=\"spark\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"Items per month. {}\"><line class=\"spark-base\" x1=\"0\" y1=\"{h}\" x2=\"{w}\" y2=\"{h}\"/>",
        escape_html(&series.describe())
    );
    for (i, &c) in series.counts.iter().enumerate() {
        if c == 0 {
            continue;
        }
        let bh = (c as f64 / max * (h - 2.0)).max(2.0);
        let _ = write!(
            svg,
            "<rect class=\"spark-bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\"/>",
            i as f64 * slot + (slot - bar) / 2.0,
            h - bh
        );
    }
    svg.push_str("</svg>");
    svg
}

/// One bar of the archive chart: a label, a count and where its items are.
pub struct Bar {
    pub label: String,
    pub count: usize,
}

/// Items per month (or per year when the archive is long) as bars. Returns the SVG and the
/// bars it drew, for the text alternative beside it.
pub fn archive_bars(series: &Series) -> (String, Vec<Bar>) {
    let by_year = series.counts.len() > 180;
    let bars: Vec<Bar> = if by_year {
        let mut years: Vec<Bar> = Vec::new();
        for (i, &c) in series.counts.iter().enumerate() {
            let label = series.month(i).0.to_string();
            match years.last_mut() {
                Some(b) if b.label == label => b.count += c,
                _ => years.push(Bar { label, count: c }),
            }
        }
        years
    } else {
        (0..series.counts.len())
            .map(|i| Bar {
                label: series.label(i),
                count: series.counts[i],
            })
            .collect()
    };
    let (w, h, top, bottom) = (640.0, 160.0, 14.0, 22.0);
    let n = bars.len();
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f64;
    let slot = w / n as f64;
    let bar_w = (slot * 0.8).max(1.0);
    let mut svg = format!(
        "<svg class=\"bars\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"Items per {} from {} to {}; the figures are in the table below.\">",
        if by_year { "year" } else { "month" },
        escape_html(&bars[0].label),
        escape_html(&bars[n - 1].label)
    );
    let _ = write!(
        svg,
        "<line class=\"axis\" x1=\"0\" y1=\"{0}\" x2=\"{w}\" y2=\"{0}\"/>",
        h - bottom
    );
    // Year labels: every year's when there are few, else every few years.
    let label_every = n.div_ceil(12);
    for (i, bar) in bars.iter().enumerate() {
        let bh = bar.count as f64 / max * (h - top - bottom);
        let x = i as f64 * slot + (slot - bar_w) / 2.0;
        let _ = write!(
            svg,
            "<rect class=\"bar\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" height=\"{bh:.1}\"><title>{}: {}</title></rect>",
            h - bottom - bh,
            escape_html(&bar.label),
            bar.count
        );
        let show = if by_year {
            i % label_every == 0
        } else {
            // January of each year, and the first bar when its year has room for a label.
            let month = series.month(i).1;
            month == 1 || (i == 0 && month <= 9)
        };
        if show {
            let text = if by_year {
                bar.label.clone()
            } else {
                series.month(i).0.to_string()
            };
            let _ = write!(
                svg,
                "<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                i as f64 * slot,
                h - 6.0,
                escape_html(&text)
            );
        }
    }
    if max > 0.0 {
        let _ = write!(
            svg,
            "<text class=\"tick\" x=\"0\" y=\"10\">max {}</text>",
            max as usize
        );
    }
    svg.push_str("</svg>");
    (svg, bars)
}

/// A cell of the cooperation matrix: how many items two countries share, and their pair's page.
pub struct Cell {
    pub count: usize,
    pub url: String,
    pub pair: String,
}

/// A country × country matrix: `names` on both axes, `cells[i][j]` for i ≠ j. Cells with items
/// are links to the pair's page, each named for screen readers; the same figures are in a table
/// beside it.
pub fn matrix(names: &[String], cells: &[Vec<Option<Cell>>]) -> String {
    let n = names.len();
    let (label_w, cell) = (128.0, 26.0);
    let size = label_w + cell * n as f64;
    // Room on the right for the slanted column labels of the last columns.
    let width = size + 64.0;
    let max = cells
        .iter()
        .flatten()
        .flatten()
        .map(|c| c.count)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let mut svg = format!(
        "<svg class=\"matrix\" viewBox=\"0 0 {width} {size}\" aria-labelledby=\"matrix-h\">"
    );
    for (i, name) in names.iter().enumerate() {
        let shown = escape_html(&short(name));
        let _ = write!(
            svg,
            "<text class=\"row-label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" aria-hidden=\"true\">{shown}</text>",
            label_w - 6.0,
            label_w + cell * i as f64 + cell * 0.65
        );
        let cx = label_w + cell * i as f64 + cell * 0.65;
        let _ = write!(
            svg,
            "<text class=\"col-label\" transform=\"translate({cx:.1} {:.1}) rotate(-60)\" aria-hidden=\"true\">{shown}</text>",
            label_w - 6.0
        );
    }
    for (i, row) in cells.iter().enumerate() {
        for (j, c) in row.iter().enumerate() {
            let (x, y) = (label_w + cell * j as f64, label_w + cell * i as f64);
            match c {
                _ if i == j => {
                    let _ = write!(svg, "<rect class=\"diag\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{cell}\" height=\"{cell}\"/>");
                }
                // The lower triangle mirrors the upper one: drawn, but only the upper links.
                Some(c) if i > j => {
                    let level = 1 + ((c.count as f64 / max) * 4.0).ceil().min(4.0) as usize;
                    let _ = write!(
                        svg,
                        "<rect class=\"cell l{level}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"3\"/>",
                        x + 1.0,
                        y + 1.0,
                        cell - 2.0,
                        cell - 2.0
                    );
                }
                Some(c) => {
                    // Opacity steps from 0.25 to 1 by share of the busiest pair.
                    let level = 1 + ((c.count as f64 / max) * 4.0).ceil().min(4.0) as usize;
                    let _ = write!(
                        svg,
                        "<a href=\"{}\" aria-label=\"{}: {} item{}\"><rect class=\"cell l{level}\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"3\"/></a>",
                        escape_html(&c.url),
                        escape_html(&c.pair),
                        c.count,
                        if c.count == 1 { "" } else { "s" },
                        x + 1.0,
                        y + 1.0,
                        cell - 2.0,
                        cell - 2.0
                    );
                }
                None => {
                    let _ = write!(svg, "<rect class=\"empty\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"3\"/>", x + 1.0, y + 1.0, cell - 2.0, cell - 2.0);
                }
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// Long country names cut for axis labels.
fn short(name: &str) -> String {
    if name.chars().count() <= 16 {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(15).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, 1).unwrap()
    }

    #[test]
    fn series_fills_empty_months_and_describes_itself() {
        let s = Series::of([d(2023, 11), d(2024, 2), d(2024, 2)].into_iter()).unwrap();
        assert_eq!(s.counts, vec![1, 0, 0, 2]);
        assert_eq!(s.label(3), "February 2024");
        assert_eq!(
            s.describe(),
            "From November 2023 to February 2024: 3 items over 2 months; busiest month: February 2024 (2 items)."
        );
        assert!(Series::of(std::iter::empty()).is_none());
        let svg = sparkline(&s);
        assert!(svg.starts_with("<svg") && svg.contains("aria-label=\"Items per month. From"));
    }

    #[test]
    fn long_archives_are_drawn_by_year() {
        let s = Series::of([d(2000, 1), d(2024, 12)].into_iter()).unwrap();
        let (svg, bars) = archive_bars(&s);
        assert_eq!(bars.len(), 25);
        assert_eq!(bars[0].label, "2000");
        assert_eq!(bars.iter().map(|b| b.count).sum::<usize>(), 2);
        assert!(svg.contains("Items per year from 2000 to 2024"));
        let (_, bars) = archive_bars(&Series::of([d(2015, 1), d(2024, 12)].into_iter()).unwrap());
        assert_eq!(bars.len(), 120);
    }
}

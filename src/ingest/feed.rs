//! A channel's feed of posts saved as one page (a Telegram channel's web view, a social
//! profile): each post opens with the channel's name line, repeated over and over. The post
//! with the most running text is the article; the other posts are not its text, nor their
//! stamps its dates.

use super::boilerplate::boilerplate;
use super::credits::is_name;
use super::lines::{is_pictograph, is_rule, words, Kind, Line};

/// The page with only its header (the lines above the first post) and the longest post, or the
/// page as it was where no line opens three posts or more.
pub(super) fn main_post(lines: Vec<Line>) -> Vec<Line> {
    let Some(starts) = post_starts(&lines) else {
        return main_stamped_post(lines);
    };
    let prose = |from: usize, to: usize| running_words(&lines[from..to]);
    let bounds: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(n, &from)| (from, starts.get(n + 1).copied().unwrap_or(lines.len())))
        .collect();
    let Some(&(from, to)) = bounds.iter().max_by_key(|(from, to)| prose(*from, *to)) else {
        return lines;
    };
    // A channel's header before its first post (its name, handle, audience and description)
    // stays with the post: the outlet is read from it.
    let header_block = &lines[starts[0]..bounds[0].1];
    let header = if from > starts[0] && header_block.iter().any(|l| is_audience_count(&l.text)) {
        bounds[0].1
    } else {
        starts[0]
    };
    // "November 12, 2024" over the post: the day's date the channel sets over its first post of
    // the day belongs to it.
    let from = lines[header..from]
        .iter()
        .rposition(|l| l.kind != Kind::Blank)
        .map(|at| header + at)
        .filter(|&at| {
            lines[at].kind == Kind::Meta
                && words(&lines[at].text) <= 6
                && crate::ingest::dates::find_full_date(&lines[at].text).is_some()
        })
        .unwrap_or(from);
    let mut lines = lines;
    lines.truncate(to);
    lines.drain(header..from);
    lines
}

/// A channel's web view whose posts each close with their stamp of views and time ("👁 4.7K
/// edited  14:22"), the day's date over them ("March 12, 2024"), the view cut off in the middle of
/// the post above: the channel's header and the post with the most running text, from the line
/// after the stamp above it to its own stamp. Two stamped posts at least, each with its text.
fn main_stamped_post(lines: Vec<Line>) -> Vec<Line> {
    let stamps: Vec<usize> = (0..lines.len())
        .filter(|&i| is_views_stamp(&lines[i]))
        .collect();
    let prose = |from: usize, to: usize| running_words(&lines[from..to]);
    let posts: Vec<(usize, usize)> = stamps
        .iter()
        .enumerate()
        .map(|(n, &stamp)| (n.checked_sub(1).map_or(0, |p| stamps[p] + 1), stamp + 1))
        .collect();
    if posts.len() < 2 || posts.iter().any(|&(from, to)| prose(from, to) == 0) {
        return lines;
    }
    let Some(&(from, to)) = posts.iter().max_by_key(|(from, to)| prose(*from, *to)) else {
        return lines;
    };
    // The channel's header: the lines above the first post's running text and the day's date
    // over it.
    let header = lines
        .iter()
        .position(|l| {
            l.kind == Kind::Prose
                || l.kind == Kind::Meta && crate::ingest::dates::find_full_date(&l.text).is_some()
        })
        .unwrap_or(0)
        .min(from);
    let mut lines = lines;
    lines.truncate(to);
    lines.drain(header..from);
    lines
}

/// How many words of running text the lines hold: how much of a post there is.
fn running_words(lines: &[Line]) -> usize {
    lines
        .iter()
        .filter(|l| l.kind == Kind::Prose)
        .map(|l| words(&l.text))
        .sum()
}

/// "👁 3.1K  18:05", "👁 4.7K  edited  14:22": a post's count of views behind its icon, and
/// the time it was posted.
pub(super) fn is_views_stamp(line: &Line) -> bool {
    let t = line.text.trim();
    t.starts_with(is_pictograph)
        && matches!(line.kind, Kind::Counter | Kind::Meta)
        && words(t) <= 5
        && crate::ingest::dates::has_time(t)
}

/// "18 743 subscribers" under a channel's name: the lines around it (three either side, at most
/// forty words each: its name, handle and description) are the channel's header, not the
/// article.
pub(super) fn drop_channel_description(lines: &mut [Line]) {
    let Some(count_at) = lines
        .iter()
        .take(25)
        .position(|l| is_audience_count(&l.text))
    else {
        return;
    };
    lines[count_at].kind = Kind::Junk;
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind != Kind::Blank)
        .collect();
    let Some(rank) = filled.iter().position(|&i| i == count_at) else {
        return;
    };
    let above = &filled[rank.saturating_sub(3)..rank];
    for &i in above {
        if lines[i].kind != Kind::Meta && words(&lines[i].text) <= 40 {
            lines[i].kind = Kind::Junk;
        }
    }
    for &i in &filled[rank + 1..(rank + 4).min(filled.len())] {
        // The channel's name again opens its post: the post's lines under it are the article.
        let name_again = above
            .iter()
            .any(|&up| lines[up].text.trim() == lines[i].text.trim());
        // "* * *" under the description also closes the header; a day's date ("March 12,
        // 2024") opens the posts.
        let rule = is_rule(&lines[i].text);
        if lines[i].kind == Kind::Meta
            && crate::ingest::dates::find_full_date(&lines[i].text).is_some()
        {
            break;
        }
        if lines[i].kind != Kind::Meta && words(&lines[i].text) <= 40 {
            lines[i].kind = Kind::Junk;
        }
        if name_again || rule {
            break;
        }
    }
}

/// "title: Headline" over "pubDate: …", "dc:creator: …" or "guid: …": a feed reader's view of
/// one item, its fields in lower case. The field's label goes; its text is the headline.
pub(super) fn feed_item_title(lines: &mut [Line]) -> Option<String> {
    const ITEM_FIELDS: [&str; 6] = [
        "pubdate:",
        "dc:creator:",
        "guid:",
        "link:",
        "published:",
        "author:",
    ];
    let at = (0..lines.len()).find(|&i| {
        lines[i].text.starts_with("title: ")
            && lines[i + 1..].iter().take(5).any(|l| {
                let head = l.text.get(..12).unwrap_or(&l.text).to_lowercase();
                ITEM_FIELDS.iter().any(|f| head.starts_with(f))
            })
    })?;
    let title = lines[at].text["title: ".len()..].trim().to_string();
    (words(&title) >= 3).then(|| {
        lines[at].text = title.clone();
        lines[at].kind = Kind::Short;
        title
    })
}

/// "<channel> Trade Today – Technology", "channel: Trade Today": the feed a reader's view of an
/// item comes from, whose publisher is the outlet (not the reader's own name).
pub(super) fn feed_channel(head: &[Line]) -> Option<String> {
    let name = head.iter().take(40).find_map(|l| {
        let t = l.text.trim();
        t.strip_prefix("<channel>")
            .or_else(|| t.strip_prefix("channel:"))
            .map(str::trim)
    })?;
    let name = [" – ", " — ", " - ", " | "]
        .iter()
        .fold(name, |n, sep| n.split(sep).next().unwrap_or(n))
        .trim();
    (1..=6).contains(&words(name)).then(|| name.to_string())
}

/// "Balkan Herald | Serbia" over "@balkanherald" or over "18 743 subscribers": a channel's name,
/// over its handle or its audience in the page's header, without what follows a bar.
pub(super) fn channel_name(lines: &[Line]) -> Option<String> {
    let filled: Vec<&str> = lines
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .take(25)
        .collect();
    let handle = |t: &str| t.starts_with('@') && t.len() > 2 && !t.contains(' ');
    // Or over its audience: "AgroXabar | Rasmiy" over "52 346 subscribers".
    let at = filled
        .windows(2)
        .position(|w| handle(w[1]) && !handle(w[0]))
        .or_else(|| {
            filled
                .windows(2)
                .position(|w| is_audience_count(w[1]) && !handle(w[0]))
        })?;
    let name = filled[at].split(" | ").next()?.trim();
    (1..=6).contains(&words(name)).then(|| name.to_string())
}

/// "18 743 subscribers", "18,6K подписчиков": a channel's audience.
fn is_audience_count(text: &str) -> bool {
    let t = text.trim();
    let figure_end = t
        .find(|c: char| !(c.is_ascii_digit() || " .,KkMmКкМм".contains(c)))
        .unwrap_or(t.len());
    if figure_end == 0 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let next = t[figure_end..].split_whitespace().next().unwrap_or("");
    let lower = next.to_lowercase();
    boilerplate()
        .audience_words
        .iter()
        .any(|w| lower.starts_with(w.as_str()))
}

/// Where the posts start: the lines holding a short text (the channel's name, which also heads
/// the page) that three or more lines hold, with running text between them.
fn post_starts(lines: &[Line]) -> Option<Vec<usize>> {
    // The channel's name heads the page: only the short lines at the top are counted over the
    // page (a "Read more" under each item of a newsletter is not at the top).
    let top: Vec<&str> = lines
        .iter()
        .filter(|l| l.kind != Kind::Blank)
        .take(15)
        .map(|l| l.text.trim())
        // A rule ("* * *") parts a newsletter's sections: it names no channel.
        .filter(|t| words(t) <= 8 && !t.starts_with(|c: char| c.is_numeric()) && !is_rule(t))
        .collect();
    let mut counts = vec![0usize; top.len()];
    for line in lines {
        let text = line.text.trim();
        if let Some(k) = top.iter().position(|t| t.len() == text.len() && *t == text) {
            counts[k] += 1;
        }
    }
    let (best, _) = counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n >= 3)
        .max_by_key(|(_, n)| **n)?;
    let name = top[best];
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].text.trim() == name)
        .collect();
    // Posts hold running text: a menu's item repeated in a few boxes does not make a feed.
    let with_prose = starts
        .windows(2)
        .filter(|w| lines[w[0]..w[1]].iter().any(|l| l.kind == Kind::Prose))
        .count();
    (with_prose >= 2).then_some(starts)
}

/// A social post's header: "Marija Kostić" (or "Petar Ilić • 2nd") a few lines over the post's
/// age ("3mo • Edited • 🌐"), past the writer's headline ("CEO at Example | …"). The name.
pub(super) fn post_author(head: &[Line]) -> Option<String> {
    let filled: Vec<&str> = head
        .iter()
        .map(|l| l.text.trim())
        .filter(|t| !t.is_empty())
        .collect();
    let age_at = filled.iter().position(|t| is_post_age(t))?;
    filled[age_at.saturating_sub(4)..age_at]
        .iter()
        .rev()
        .map(|t| t.split(" • ").next().unwrap_or(t).trim())
        .find(|t| is_name(t))
        .map(str::to_string)
}

/// "2w • Edited •", "3w  Edited", "3mo", "5 h ·": a post's age, a number and an abbreviated
/// unit first.
pub(super) fn is_post_age(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let rest = text[digits..].trim_start();
    let unit_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let (unit, after) = rest.split_at(unit_end);
    // "1 ned. • Izmenjeno": the unit's abbreviation point.
    let after = after.strip_prefix('.').unwrap_or(after).trim_start();
    // "3w  Edited": the platform's mark that the post was changed.
    let edited = || {
        boilerplate()
            .post_edited_marks
            .contains(&after.trim_end_matches(['•', '·', ' ']).to_lowercase())
    };
    boilerplate().post_age_units.contains(&unit.to_lowercase())
        && (after.is_empty() || after.starts_with(['•', '·']) || edited())
}

#[cfg(test)]
mod tests {
    use crate::ingest::extract::extract;

    /// A channel's web view cut off in the middle of a post, each post closed by its stamp of
    /// views and time, each day's date over its posts: the longest post is the article, its
    /// day's date the date; neither the cut-off post above nor the next day's post is its text.
    #[test]
    fn stamped_posts_under_their_days_dates() {
        let page = "Telegram Web\nMisol Kanal\n12 548 subscribers\n...shahrining 4 ta mahallasida bepul Wi-Fi nuqtalari ishga tushirildi va loyiha davom etmoqda.\n#internet\n👁 3.1K  18:05\nMarch 12, 2024\nShaharda koreys kompaniyasi sunʼiy intellekt uchun maʼlumotlarni tayyorlovchi yangi markaz ochdi va yuz nafar yoshni ishga oldi.\nKompaniya universitet bilan memorandum imzoladi: har semestrda qirq nafar talaba markazda amaliyot oʻtaydi.\n#IT #Koreya\n👁 4.7K  edited  14:22\nMarch 13, 2024\nErtaga soat 10:00 da tanlov gʻoliblari taqdirlanadi, jonli efirni kanalda kuzatib boring.\n👁 2.6K  09:40\n";
        let out = crate::ingest::extract::extract(page);
        assert_eq!(out.date, chrono::NaiveDate::from_ymd_opt(2024, 3, 12));
        let body = out.body_text();
        assert!(
            out.title.starts_with("Shaharda koreys kompaniyasi"),
            "{}",
            out.title
        );
        assert!(body.contains("memorandum imzoladi"), "{body}");
        for gone in ["Wi-Fi", "tanlov"] {
            assert!(!body.contains(gone), "{gone}: {body}");
        }
    }

    /// A channel's posts under its name, each closed by views and time alone: the day's date
    /// over the longest post's name, or under its stamp, is the post's date, whatever dates the
    /// next posts carry.
    #[test]
    fn a_channel_posts_day_over_it_or_under_its_stamp() {
        let header = "Telegram\nMisol Kanal | Yangiliklar\n48 612 subscribers\nRasmiy kanal. Reklama: @misol_reklama\n\n";
        let post = "Misol Kanal | Yangiliklar\n🇩🇪🇺🇿 Ikki davlat viloyatda aniq dehqonchilik bo'yicha qo'shma markaz ochdi.\n\nMarkazda fermerlar va agronomlar sun'iy yo'ldosh ma'lumotlari asosida ekin maydonlarini kuzatishni o'rganadi.\n\nLoyiha doirasida 600 nafar fermer va 120 nafar agronom o'qitiladi.\n\n👉 Kanalga obuna bo'ling: @misol_uz\n";
        let next = "\nMisol Kanal | Yangiliklar\n❗️Ertaga ko'rgazma ochiladi.\n👁 6.1K    16:20\n13.03.2025\n";
        let under = format!("{header}{post}👁 18.2K    edited  11:47\n12.03.2025\n{next}");
        let over = format!("{header}Misol Kanal | Yangiliklar\nValyuta kurslari: dollar — 12 812 so'm.\n👁 9.1K  10:02\n\nMarch 12, 2025\n\n{post}👁 18.2K    edited  11:47\n{next}");
        for (place, page) in [("under its stamp", under), ("over it", over)] {
            let out = extract(&page);
            assert_eq!(
                out.date,
                chrono::NaiveDate::from_ymd_opt(2025, 3, 12),
                "the day's date {place}"
            );
            assert!(out.body_text().contains("600 nafar"), "{}", out.body_text());
        }
    }

    /// A channel's view whose post above the article has no running text (the channel's call
    /// to subscribe): its stamp over the headline is that post's; the article's own stamp under
    /// it gives the date.
    #[test]
    fn a_channel_post_under_a_promotion_dated_by_its_own_stamp() {
        let page = "Telegram\nMisol hukumat | Yangiliklar\n@misol_uz\n24 913 subscribers\nView in Telegram\n\nMisol hukumat | Yangiliklar\n📌 Kanalimizga obuna bo‘ling va do‘stlaringizga ulashing!\nReklama bo‘yicha: @misol_reklama\n👁 3.1K    17.04.2025 09:12\n\nMisol hukumat | Yangiliklar\nKoreya mobil davlat xizmatlarini joriy etishda yordam beradi\n\nKoreya Respublikasi hukumati davlat xizmatlarini mobil ilova orqali ko‘rsatish tizimini yaratish loyihasini moliyalashtiradi.\n\nLoyiha qiymati 14,5 million dollarni tashkil etadi va u ikki yil ichida amalga oshiriladi.\n\n#raqamli_hukumat #Koreya\n\n👉 @misol_uz\n👁 8.7K    edited    18.04.2025 14:05\n\nMisol hukumat | Yangiliklar\n⚡️ Ertadan boshlab navbat faqat onlayn tarzda olinadi.\n👁 12.4K    19.04.2025 08:30\n\nLoad more\n";
        let out = extract(page);
        assert_eq!(out.date, chrono::NaiveDate::from_ymd_opt(2025, 4, 18));
    }

    const POST: &str = "✈️ Two capitals are linked by a direct flight: the first plane has landed\n\nThe two countries are linked by a regular direct flight for the first time. The first plane landed at the capital's airport this morning with 164 passengers on board.\n\nFlights will run twice a week, on Tuesdays and Saturdays, and take about five and a half hours.\n\n#flights #tourism\n";

    /// A channel's web view: its header (name, handle, audience, description) and three posts,
    /// each under the channel's name and over its stamp of views and time. The longest post is
    /// the article, with its own stamp's date; the other posts and the app's words are not.
    #[test]
    fn a_channels_feed_gives_its_longest_post() {
        let page = format!("Telegram\nHarbour Herald | News\n@harbourherald\n18,6K subscribers\nNews of the islands in English. For contact: @hh_desk\n\n4 March\nHarbour Herald | News\n⚡️ The president will attend a summit on Thursday. More later.\n👁 9,1K   4 Mar 2025 at 21:47\n\n5 March\nHarbour Herald | News\n[Photo]\n{POST}👁 12,4K   edited   5 Mar 2025 at 11:18\n\nHarbour Herald | News\n📊 Exchange rate today: 1 EUR = 117,02\n👁 6,3K   6 Mar 2025 at 13:00\n\nLoad more\n");
        let e = extract(&page);
        assert_eq!(
            e.title,
            "Two capitals are linked by a direct flight: the first plane has landed"
        );
        assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2025-03-05"));
        assert_eq!(e.outlet.as_deref(), Some("Harbour Herald"));
        let body = format!("{:?}", e.blocks);
        assert!(body.contains("twice a week"), "{body}");
        for other in ["summit", "Exchange rate", "News of the islands"] {
            assert!(!body.contains(other), "{other} in {body}");
        }
    }

    /// One post's web view: the channel's description is not the lead, the stamp under the
    /// post gives its date, and the app's own words under it are not the article's.
    #[test]
    fn a_single_posts_web_view() {
        let page = format!("Telegram\nDownload\nHarbour Agency\n@harbour_official\nOfficial channel of the Harbour Agency under the Cabinet of the islands. English posts.\n14 823 subscribers\nView in Telegram\nHarbour Agency\n📷 Photo\n{POST}🌐 Website | 📘 Facebook\n👁 3.1K\nedited  12 Sep 2024, 14:07\nPlease open Telegram to view this post\nTelegram is a cloud-based mobile and desktop messaging app with a focus on security and speed.\n");
        let e = extract(&page);
        assert_eq!(e.date.map(|d| d.to_string()).as_deref(), Some("2024-09-12"));
        assert_eq!(e.outlet.as_deref(), Some("Harbour Agency"));
        let body = format!("{:?}", e.blocks);
        assert!(body.contains("twice a week"), "{body}");
        for other in ["Official channel", "cloud-based", "Website"] {
            assert!(!body.contains(other), "{other} in {body}");
        }
    }

    /// A post's web view whose channel has no handle: the name over the audience is the
    /// outlet; a pinned message under the count is furniture; the post under the channel's name
    /// repeated is the article from its first sentence, though that ends in flags.
    #[test]
    fn a_posts_first_sentence_under_its_pinned_message() {
        let page = "Telegram\nDownload\nHarbour Farms | Official\n31 207 subscribers\n📌 Pinned message: Subscribe! Farm news every day from 08:00. Ads: @hf_ads (12.01.2025)\n\nHarbour Farms | Official\n\n🍎🤝 A new orchard of 300 hectares is being planted in the north of the island with a foreign partner. 🇺🇿🇷🇸\n\nThe project is carried out by a joint venture of a local cluster and a fruit company from abroad, with an investment of 14 million euros.\n\nMore than 900,000 seedlings will be planted, with drip irrigation and hail nets on the whole area.\n\n👁 8.7K   edited  03.03.2025 14:20\n";
        let e = extract(page);
        assert_eq!(e.outlet.as_deref(), Some("Harbour Farms"));
        let body = format!("{:?}", e.blocks);
        assert!(body.contains("A new orchard of 300 hectares"), "{body}");
        assert!(body.contains("hail nets"), "{body}");
        assert!(!body.contains("Pinned"), "{body}");
        // A rule under the channel's description closes its header: the post's headline under
        // the rule is the headline.
        let page = "Telegram\nDownload | Preview channel\nHarbour Digital | Island Tech\n48.3K subscribers\nNews of IT and start-ups on the islands. Contact: @hd_editor\n\n* * *\n\n📊 Exports of IT services passed one billion dollars in 2024\n\nIn 2024 the residents of the technology park exported services worth 1.02 billion dollars, nearly one and a half times more than a year earlier.\n\nAbout 900 new companies became residents during the year, and their number passed 2,700.\n\n👁 15.2K · edited · 14 Jan 2025 at 14:07\n";
        let e = extract(page);
        assert_eq!(
            e.title,
            "Exports of IT services passed one billion dollars in 2024"
        );
        assert_eq!(e.outlet.as_deref(), Some("Harbour Digital"));
    }

    /// A feed reader's view of one item: the item's "title:" field is the headline, the feed's
    /// channel the outlet (not the reader's name), and the box of the feed's other entries is
    /// not the article.
    #[test]
    fn a_feed_readers_view_of_one_item() {
        let page = "Reader.example — Your news reader\nHome | My sources | Saved | Trending\n\nSources > Trade Today > Technology\n\n-------------------------------------------------------------\n<channel> Trade Today – Technology and industry\n<link> https://tradetoday.example/tech/\n-------------------------------------------------------------\n\ntitle: An electronics maker opens its first research centre in the Balkans\npubDate: Tue, 08 Oct 2024 07:30:00 GMT\ndc:creator: Ann Reed\nguid: https://tradetoday.example/?p=55231\n\ndescription:\nThe company will invest 35 million euros and hire 220 engineers by 2027\n\ncontent:encoded:\nThe electronics maker will open a research and development centre for sensors and software in the country's second city next month, the company said on Monday.\n\nThe company will invest 35 million euros over three years and hire 220 engineers, with incentives from the government worth 4.2 million euros.\n\nOther entries from this source\n· Two ports strengthen their logistics corridor — 07/10/2024\n";
        let e = extract(page);
        assert_eq!(
            e.title,
            "An electronics maker opens its first research centre in the Balkans"
        );
        assert_eq!(e.outlet.as_deref(), Some("Trade Today"));
        let body = format!("{:?}", e.blocks);
        assert!(body.contains("incentives from the government"), "{body}");
        assert!(!body.contains("logistics corridor"), "{body}");
    }
}

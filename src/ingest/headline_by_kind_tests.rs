//! Tests of `headline_by_kind.rs`: the headlines a page's kind settles (a Markdown page's one
//! top heading, a newsletter's story under its own heading).

use crate::ingest::extract::extract;

const LEAD: &str = "The two governments agreed on Monday to build a joint centre for software engineering in the capital.";

/// A page saved as Markdown marks its headline `# …`: that line is the headline, past a byline
/// with the writer's e-mail, a row of share and font-size buttons and a caption in italics
/// that ends with its credit in brackets.
#[test]
fn a_markdown_pages_one_top_heading_is_the_headline() {
    let page = format!(
        "[Harbour Daily](https://harbour.example/)\n\n[Subscribe](https://harbour.example/s) · [Log in](https://harbour.example/l)\n\nIndustry > Software\n\n# Two countries open a software centre\n\n## The centre will train engineers and host young companies from both sides\n\n**Ann Reed** Staff Reporter · ann@harbour.example\n\nPublished 2025.04.09 10:21\n\n[Facebook](#) [X](#) [Link](#) [Font size +](#) [Print](#)\n\n![Officials](https://harbour.example/a.jpg)\n\n*Officials pose after the signing ceremony in the capital on April 8, before the talks began. (Courtesy of the Harbour Software Association)*\n\n{LEAD}\n\nThe centre will open next year with two hundred engineers from both sides.\n"
    );
    let e = extract(&page);
    assert_eq!(e.title, "Two countries open a software centre");
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    let body = format!("{:?}", e.blocks);
    for furniture in ["Font size", "Courtesy of", "ann@harbour"] {
        assert!(!body.contains(furniture), "{furniture} in {body}");
    }
    assert!(body.contains("two hundred engineers"), "{body}");
}

/// A member newsletter converted to Markdown and wrapped at 72 columns: the newsletter's name is
/// its one top heading, over its contents; the story's headline is its own smaller heading
/// under a kicker of section and country. The wrapped paragraphs, deck and picture are read
/// whole, and the next item after "Back to top" is not the story's.
#[test]
fn a_wrapped_markdown_newsletters_story_under_its_own_heading() {
    let page = "# Harbour Business Brief\n\nHarbour Business Association e.V. | Member newsletter No. 41\n\n## In this issue\n\n  1. Two countries open a software centre\n  2. Kenya: new rules for work permits\n\n* * *\n\nMEMBER NEWS | KENYA\n\n## Two countries open a software centre\n\n_The centre will train engineers and host young companies from both\nsides from next year_\n\nBy Ann Reed\n\n![The new hall](https://harbour.example/media/41/new-\nhall.jpg)\n\nThe two governments agreed on Monday to build a joint centre for\nsoftware engineering in the capital, with room for two hundred\nengineers and a dozen young companies from both sides.\n\nThe centre will open next year. Its first courses will teach cloud\nengineering and data protection, and the two ministries will share the\ncost of the building and of the teachers for the first five years.\n\nMembers interested in the project can contact the association's office\nin the capital, which has supported the project from the start.\n\n[Back to top](#top)\n\n* * *\n\n## Kenya: new rules for work permits\n\nThe capital has revised the procedure for issuing work permits to\nforeign specialists. [Read more](https://harbour.example/41/permits/)\n";
    let e = extract(page);
    assert_eq!(e.title, "Two countries open a software centre");
    assert_eq!(e.author.as_deref(), Some("Ann Reed"));
    assert_ne!(e.outlet.as_deref(), Some("KENYA"));
    let body = format!("{:?}", e.blocks);
    assert!(
        body.contains("with room for two hundred engineers and a dozen young companies"),
        "{body}"
    );
    for furniture in ["revised the procedure", "hall.jpg", "Back to top"] {
        assert!(!body.contains(furniture), "{furniture} in {body}");
    }
}

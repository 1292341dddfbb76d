//! Tests of how the outlet is read (`byline.rs`) from credits at the article's end.

use crate::ingest::extract::extract;

/// "(Daily Hit / NBS)" closing the article: of the credit's parts, the one the page's copyright
/// footer names is the outlet, the other the figures' source. With no footer naming either, the
/// credit stands whole.
#[test]
fn a_slash_credit_gives_the_part_the_footer_names() {
    let text = "Exports of information and communication services reached a record 4.3 billion euros last year, the central bank said on Monday.\n\nThe sector now employs more than 120,000 people, and firms recruit from the whole region as well.\n";
    let page = format!("DAILY HIT\n\nIT exports break a record again\n\n{text}(Daily Hit / NBS)\n\nTags: IT, exports\n© 2025 Daily Hit d.o.o. Belgrade. All rights reserved.\n");
    assert_eq!(extract(&page).outlet.as_deref(), Some("Daily Hit"));
    let page = format!("IT exports break a record again\n\n{text}(Tanjug/Beta)\n");
    assert_eq!(extract(&page).outlet.as_deref(), Some("Tanjug/Beta"));
}

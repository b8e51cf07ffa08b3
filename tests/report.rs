//! Report model and text formats from the fixed fixture.

mod common;

use common::fixture;

#[test]
fn the_fixture_builds_a_complete_model() {
    let r = fixture();
    assert_eq!(r.soa.len(), 38);
    assert!(!r.roadmap.actions.is_empty());
    assert_eq!(r.roadmap.milestones.len(), 2);
    assert!(
        r.warnings
            .iter()
            .any(|w| w.question == "5.1-a" || w.question == "9.3.2-a")
    );
}

//! News outlets and agencies (stand-in until the claims stage's lexicon lands).

/// (written form, canonical name)
const OUTLETS: &[(&str, &str)] = &[
    ("AP", "Associated Press"),
    ("Associated Press", "Associated Press"),
    ("Reuters", "Reuters"),
    ("SCMP", "South China Morning Post"),
    ("South China Morning Post", "South China Morning Post"),
    ("UNN", "UNN"),
];

/// The canonical name of a news outlet as written, if it is one.
pub fn canonical_outlet(name: &str) -> Option<&'static str> {
    OUTLETS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(name))
        .map(|(_, c)| *c)
}

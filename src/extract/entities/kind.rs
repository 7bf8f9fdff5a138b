//! What a candidate run names: a person, an organisation, a place or
//! something else, from the evidence inside and right around it.
//!
//! The evidence, strongest first: the gazetteer; a title before the run; a
//! lower-case place noun after it; organisation and place cue words; a given
//! name first; a known place inside a longer name (a club, a firm: "Dynamo
//! Moscow"); the shape of the run (an acronym, two or three plain name
//! words). A lone unknown word is left undecided: the article may tell more
//! (a surname seen in full before, an acronym defined in brackets).

use super::lexicon::{self, Known, Lex};
use super::runs::Run;
use super::tokens::Token;
use crate::model::EntityKind;

/// A run's type, and its canonical name when the gazetteer knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Typed {
    pub kind: EntityKind,
    pub known: Option<Known>,
}

impl Typed {
    fn of(kind: EntityKind) -> Self {
        Typed { kind, known: None }
    }
}

/// The type of the name made of `run`'s words, whose [`key`] is
/// `key`, or `None` when the run alone does not tell.
///
/// [`key`]: lexicon::key
pub fn classify(run: &Run, key: &[u8]) -> Option<Typed> {
    let words = run.words;
    if run.place_head.is_none()
        && let Some(k) = lexicon::known_keyed(key)
    {
        return Some(Typed {
            kind: k.kind,
            known: Some(k),
        });
    }
    if run.place_head.is_some() {
        return Some(Typed::of(EntityKind::Place));
    }
    let lexes = || run.words.iter().map(|t| t.lex);
    if run.titled && !lexes().any(Lex::org_cue) {
        return Some(Typed::of(EntityKind::Person));
    }
    let first = words.first().map_or("", |t| t.word);
    let (first_lex, last_lex) = match run.words {
        [f, .., l] => (f.lex, l.lex),
        [f] => (f.lex, f.lex),
        [] => (Lex::default(), Lex::default()),
    };
    let multi = words.len() >= 2;
    if multi && last_lex.org_cue() {
        return Some(Typed::of(EntityKind::Organization));
    }
    if multi && (last_lex.place_cue() || first_lex.place_cue() && words.len() > 2) {
        return Some(Typed::of(EntityKind::Place));
    }
    if multi && lexes().any(Lex::org_cue) {
        return Some(Typed::of(EntityKind::Organization));
    }
    if lexes().any(Lex::event_cue) {
        return Some(Typed::of(EntityKind::Other));
    }
    // A given name opens a person's name, which is short: "Andy Warhol
    // Photographic Legacy Program" is not one.
    let short = words.len() <= 3 || words.len() == 4 && run.words[1].is_initial();
    if multi && short && (lexicon::is_first_name(first) || run.words[0].is_initial()) {
        return Some(Typed::of(EntityKind::Person));
    }
    if multi {
        // A known place inside a longer name makes a club or a firm; a
        // demonym before a word ("West Indian") makes something else.
        let mut inside = false;
        // (A word that starts no gazetteer name is none: most are ruled out
        // with no key made.)
        let known = words
            .iter()
            .filter(|w| lexicon::may_start_known(w.lex, w.apostrophe))
            .filter_map(|w| lexicon::known(w.word));
        for k in known {
            if !k.demonym && k.kind == EntityKind::Place {
                return Some(Typed::of(EntityKind::Organization));
            }
            inside = true;
        }
        if inside {
            return Some(Typed::of(EntityKind::Other));
        }
    }
    let plain = |t: &Token| {
        let w = t.word;
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
    };
    if (2..=3).contains(&words.len()) && words.iter().all(plain) {
        return Some(Typed::of(EntityKind::Person));
    }
    if words.len() >= 4 {
        return Some(Typed::of(EntityKind::Other));
    }
    if words.len() == 1 && is_acronym(first) && !lexicon::is_common_acronym(first) {
        return Some(Typed::of(EntityKind::Organization));
    }
    None
}

/// "KCNA", "U.N.", "SEZ": two to six capitals, dots allowed.
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| *c != '.').count();
    (2..=6).contains(&letters) && word.chars().all(|c| c.is_uppercase() || c == '.')
}

#[cfg(test)]
mod tests {
    use super::super::runs::runs;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::model::Span;

    fn kinds(text: &str) -> Vec<Option<EntityKind>> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        runs(text, &tokens)
            .iter()
            .map(|r| lexicon::with_key(r.span().of(text), |k| classify(r, k)).map(|t| t.kind))
            .collect()
    }

    #[test]
    fn cues_and_shapes_decide_the_kind() {
        use EntityKind::*;
        assert_eq!(
            kinds(
                "So the Federal Customs Service met Planet Labs and Dynamo Moscow in Rason, said Jane Doe."
            ),
            [
                Some(Organization),
                Some(Organization),
                Some(Organization),
                None,
                Some(Person)
            ]
        );
        assert_eq!(
            kinds("Then Gen. Abc reached the Amur River and DPRK with KCNA at 10 GMT."),
            [
                Some(Person),
                Some(Place),
                Some(Place),
                Some(Organization),
                None
            ]
        );
    }
}

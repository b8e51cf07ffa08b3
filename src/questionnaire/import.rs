//! Converting a framework library of another tool into a questionnaire file.
//!
//! The one format read today is a CISO Assistant framework library: YAML with
//! `objects.framework.requirement_nodes`, a flat list of nodes that name their parent by
//! `parent_urn`. Each assessable node becomes one question, its description the prompt;
//! an assessable node under another assessable node becomes a further question of the same
//! requirement; the grouping node right above becomes the section. What has no place in a
//! questionnaire is listed, never silently dropped. The result is a minimal questionnaire
//! (see `questionnaires/README.md`): what the library does not say takes the documented
//! defaults. Pure: text in, text out.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};
use serde_norway::Value;

use super::{Defaults, Questionnaire, load_str};

/// The largest library read: the largest published libraries are a few MiB.
pub const MAX_LIBRARY_BYTES: u64 = 16 * 1024 * 1024;

/// A converted library: the questionnaire file's text, the questionnaire it loads as, and
/// one line for each thing that could not be mapped.
#[derive(Debug)]
pub struct Imported {
    pub toml: String,
    pub questionnaire: Questionnaire,
    pub unmapped: Vec<String>,
}

#[derive(Deserialize)]
struct Library {
    #[serde(default)]
    ref_id: Option<Value>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    copyright: Option<String>,
    #[serde(default)]
    version: Option<Value>,
    #[serde(default)]
    objects: Option<BTreeMap<String, Value>>,
}

#[derive(Deserialize)]
struct Framework {
    #[serde(default)]
    ref_id: Option<Value>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    scores_definition: Option<Vec<Score>>,
    #[serde(default)]
    min_score: Option<Value>,
    #[serde(default)]
    max_score: Option<Value>,
    #[serde(default)]
    requirement_nodes: Vec<Node>,
    #[serde(flatten)]
    other: BTreeMap<String, Value>,
}

#[derive(Deserialize)]
struct Score {
    score: i64,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

#[derive(Deserialize)]
struct Node {
    #[serde(default)]
    urn: Option<String>,
    #[serde(default)]
    parent_urn: Option<String>,
    #[serde(default)]
    ref_id: Option<Value>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    assessable: bool,
    #[serde(default)]
    annotation: Option<String>,
    #[serde(default)]
    typical_evidence: Option<String>,
    #[serde(flatten)]
    other: BTreeMap<String, Value>,
}

/// Node keys that are read, or carry nothing a questionnaire lacks.
const NODE_KEYS_USED: &[&str] = &["depth"];
/// Framework keys that carry nothing a questionnaire lacks (its identity in that tool).
const FRAMEWORK_KEYS_IGNORED: &[&str] = &["urn", "locale"];

#[derive(Serialize)]
struct OutDoc {
    id: String,
    version: String,
    title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<OutReport>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    scale: Vec<OutLevel>,
    section: Vec<OutSection>,
}

#[derive(Serialize)]
struct OutReport {
    copyright: String,
}

#[derive(Serialize)]
struct OutLevel {
    level: u8,
    label: String,
    description: String,
}

#[derive(Serialize)]
struct OutSection {
    id: String,
    kind: &'static str,
    title: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    description: String,
    requirement: Vec<OutRequirement>,
}

#[derive(Serialize)]
struct OutRequirement {
    #[serde(rename = "ref")]
    reference: String,
    title: String,
    question: Vec<OutQuestion>,
}

#[derive(Serialize)]
struct OutQuestion {
    id: String,
    prompt: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    topic: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    guidance: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<String>,
}

/// Converts a CISO Assistant framework library. `Err` is one line saying what is wrong.
pub fn import_ciso_assistant(bytes: &[u8]) -> Result<Imported, String> {
    if bytes.len() as u64 > MAX_LIBRARY_BYTES {
        return Err(format!(
            "it is larger than {} MiB, more than any framework library needs",
            MAX_LIBRARY_BYTES / (1024 * 1024)
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        format!(
            "line {line}: the file is not UTF-8 text (byte 0x{:02X}); save it as UTF-8",
            bytes[e.valid_up_to()]
        )
    })?;
    // The parser refuses nesting deeper than 128 and aliases that expand far beyond the
    // text (a "billion laughs"), so neither can exhaust memory; but it reads a whole
    // document before that check, in time that grows with the square of the bracket depth,
    // so brackets nested deeper than any library needs are refused first.
    if let Some(line) = too_deep(text, MAX_FLOW_DEPTH) {
        return Err(format!(
            "line {line}: brackets nested more than {MAX_FLOW_DEPTH} deep; a framework library needs a few"
        ));
    }
    let library: Library =
        serde_norway::from_str(text).map_err(|e| format!("not a library this can read: {e}"))?;
    let mut unmapped = Vec::new();
    let mut objects = library.objects.unwrap_or_default();
    let framework = objects.remove("framework").ok_or(
        "no `objects.framework` in it: not a CISO Assistant framework library".to_string(),
    )?;
    for (kind, value) in &objects {
        let n = value.as_sequence().map_or(1, Vec::len);
        unmapped.push(format!(
            "objects.{kind} ({n} entr{}): only the framework is imported",
            if n == 1 { "y" } else { "ies" }
        ));
    }
    let framework: Framework = serde_norway::from_value(framework)
        .map_err(|e| format!("`objects.framework` does not read: {e}"))?;

    let title = one_line(
        framework
            .name
            .as_deref()
            .or(library.name.as_deref())
            .unwrap_or_default(),
    );
    let id_source = scalar(framework.ref_id.as_ref())
        .or_else(|| scalar(library.ref_id.as_ref()))
        .unwrap_or_else(|| title.clone());
    let id = Some(token(&id_source)).filter(|t| !t.is_empty());
    let id = id.unwrap_or_else(|| "imported".to_string());
    let title = if title.is_empty() { id.clone() } else { title };
    let version = scalar(library.version.as_ref()).unwrap_or_else(|| Defaults::VERSION.into());
    let description = framework
        .description
        .or(library.description)
        .map(|d| d.trim().to_string())
        .unwrap_or_default();
    let report = library
        .copyright
        .map(|c| one_line(&c))
        .filter(|c| !c.is_empty())
        .map(|copyright| OutReport { copyright });
    let scale = read_scale(
        framework.scores_definition.as_deref(),
        (&framework.min_score, &framework.max_score),
        &mut unmapped,
    );
    for key in framework
        .other
        .keys()
        .filter(|k| !FRAMEWORK_KEYS_IGNORED.contains(&k.as_str()))
    {
        unmapped.push(format!(
            "framework `{key}`: no place for it in a questionnaire"
        ));
    }

    let section = build_sections(&framework.requirement_nodes, &mut unmapped);
    if section.is_empty() {
        return Err("it has no assessable requirement node: nothing to ask".to_string());
    }
    let doc = OutDoc {
        id,
        version: one_line(&version),
        title,
        description,
        report,
        scale,
        section,
    };
    let body = toml::to_string(&doc).map_err(|e| format!("cannot write the questionnaire: {e}"))?;
    let toml = format!(
        "# Imported from a CISO Assistant framework library by `aimsgap questionnaire import`.\n\
         # A minimal questionnaire: what the library does not say takes the defaults listed\n\
         # under \"Minimal questionnaires\" in the format's README. Edit freely.\n\n{body}"
    );
    let questionnaire = load_str(&toml, "imported questionnaire")
        .map_err(|e| format!("the conversion does not load (a bug): {e}"))?;
    Ok(Imported {
        toml,
        questionnaire,
        unmapped,
    })
}

/// The deepest `[`/`{` nesting read before parsing.
const MAX_FLOW_DEPTH: usize = 64;

/// The line where YAML's flow collections (`[…]`, `{…}`) nest deeper than `max`, if they
/// do. A bracket counts inside a flow collection, or where a value starts (at the start of a
/// line or after `:`, `-`, `?`); quoted text, comments and block scalars (`|`, `>`) are
/// skipped, so prose such as "see [1]" never counts.
fn too_deep(text: &str, max: usize) -> Option<usize> {
    let mut depth = 0usize;
    // Indentation of the line that opened a block scalar: deeper lines are its text.
    let mut block_scalar: Option<usize> = None;
    for (n, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let body = line.trim();
        if let Some(parent) = block_scalar {
            if body.is_empty() || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        let bytes = line.as_bytes();
        let mut i = indent;
        // Whether the next non-space character starts a value.
        let mut at_value = true;
        while i < bytes.len() {
            let c = bytes[i];
            match c {
                b' ' | b'\t' => {}
                b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t') => break,
                b'[' | b'{' if depth > 0 || at_value => {
                    depth += 1;
                    if depth > max {
                        return Some(n + 1);
                    }
                    at_value = true;
                    i += 1;
                    continue;
                }
                b']' | b'}' if depth > 0 => depth -= 1,
                b'\'' | b'"' if at_value || depth > 0 => {
                    // A quoted scalar: skip to its end on this line ('' and \" escape).
                    i += 1;
                    while i < bytes.len() {
                        if bytes[i] == b'\\' && c == b'"' {
                            i += 2;
                            continue;
                        }
                        if bytes[i] == c {
                            if c == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        i += 1;
                    }
                }
                b'|' | b'>' if at_value && depth == 0 => {
                    block_scalar = Some(indent);
                    break;
                }
                b':' | b'-' | b'?' | b',' => {
                    at_value = matches!(bytes.get(i + 1), None | Some(b' ' | b'\t'))
                        || (c == b',' && depth > 0);
                    i += 1;
                    continue;
                }
                _ => at_value = false,
            }
            if !matches!(c, b' ' | b'\t') {
                at_value = false;
            }
            i += 1;
        }
    }
    None
}

/// A YAML scalar as text (CISO Assistant writes some refs and versions as numbers).
fn scalar(v: Option<&Value>) -> Option<String> {
    let text = match v? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    Some(text).filter(|t| !t.is_empty())
}

/// Whitespace, line breaks included, collapsed to single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A ref as the questionnaire format allows it: ASCII letters and digits (accented letters
/// transliterated), `.`, `-`, `_` and single spaces; every other run of characters becomes
/// one `.`, as in `9(2)(a)` → `9.2.a`.
fn reference(text: &str) -> String {
    let ascii = deunicode::deunicode(&one_line(text));
    let mut out = String::new();
    let mut pending = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
            if pending && !out.is_empty() && !out.ends_with(['.', ' ']) && c != '.' {
                out.push('.');
            }
            pending = false;
            out.push(c);
        } else {
            pending = true;
        }
    }
    one_line(out.trim_matches(|c: char| c == '.' || c == ' '))
}

/// An id: a ref with its spaces made dashes.
fn token(text: &str) -> String {
    reference(text).replace(' ', "-")
}

/// Makes `candidate` unique among `seen` by a numbered suffix, saying so when it must.
fn unique(
    seen: &mut HashSet<String>,
    candidate: String,
    noun: &str,
    unmapped: &mut Vec<String>,
) -> String {
    if seen.insert(candidate.clone()) {
        return candidate;
    }
    let mut n = 2;
    loop {
        let next = format!("{candidate}-{n}");
        if seen.insert(next.clone()) {
            unmapped.push(format!(
                "{noun} \"{candidate}\" is used twice: the second is written \"{next}\""
            ));
            return next;
        }
        n += 1;
    }
}

fn read_scale(
    scores: Option<&[Score]>,
    (min, max): (&Option<Value>, &Option<Value>),
    unmapped: &mut Vec<String>,
) -> Vec<OutLevel> {
    let Some(scores) = scores.filter(|s| !s.is_empty()) else {
        if min.is_some() || max.is_some() {
            unmapped.push(format!(
                "min_score/max_score ({}–{}) without scores_definition: the default 0–5 scale is used",
                scalar(min.as_ref()).unwrap_or_default(),
                scalar(max.as_ref()).unwrap_or_default()
            ));
        }
        return Vec::new();
    };
    let contiguous = scores.iter().enumerate().all(|(i, s)| s.score == i as i64);
    if !contiguous || !(2..=10).contains(&scores.len()) {
        let listed: Vec<String> = scores.iter().map(|s| s.score.to_string()).collect();
        unmapped.push(format!(
            "scores_definition (scores {}) is not 2 to 10 levels counted 0, 1, 2, … in order: the default 0–5 scale is used",
            listed.join(", ")
        ));
        return Vec::new();
    }
    scores
        .iter()
        .map(|s| {
            let label = one_line(s.name.as_deref().unwrap_or_default());
            let label = if label.is_empty() {
                format!("Level {}", s.score)
            } else {
                label
            };
            let description = one_line(s.description.as_deref().unwrap_or_default());
            OutLevel {
                level: s.score as u8,
                description: if description.is_empty() {
                    label.clone()
                } else {
                    description
                },
                label,
            }
        })
        .collect()
}

/// How a node is shown in a message: its ref and name, or its urn.
fn shown(node: &Node) -> String {
    let r = scalar(node.ref_id.as_ref()).map(|r| one_line(&r));
    let name = node.name.as_deref().map(one_line).filter(|n| !n.is_empty());
    match (r, name) {
        (Some(r), Some(n)) => format!("node {r} ({})", shorten(&n, 40)),
        (Some(r), None) => format!("node {r}"),
        (None, Some(n)) => format!("node \"{}\"", shorten(&n, 40)),
        (None, None) => format!(
            "node {}",
            node.urn.as_deref().map_or("without urn", |u| u.trim())
        ),
    }
}

/// At most `max` characters, with an ellipsis when cut, at a word boundary if one is near.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ';', ':', '.']))
}

/// The sections of the questionnaire, from the flat list of nodes.
fn build_sections(nodes: &[Node], unmapped: &mut Vec<String>) -> Vec<OutSection> {
    let n = nodes.len();
    // Index by urn; a repeated urn keeps its first node.
    let mut by_urn: HashMap<&str, usize> = HashMap::with_capacity(n);
    let mut skip = vec![false; n];
    for (i, node) in nodes.iter().enumerate() {
        let Some(urn) = node.urn.as_deref().map(str::trim).filter(|u| !u.is_empty()) else {
            continue;
        };
        match by_urn.entry(urn) {
            std::collections::hash_map::Entry::Occupied(_) => {
                skip[i] = true;
                unmapped.push(format!("{}: its urn is used twice; left out", shown(node)));
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
        }
    }
    // Parents; an unknown parent or a loop makes the node a root. Linear: each node is
    // settled once.
    let mut parent: Vec<Option<usize>> = nodes
        .iter()
        .enumerate()
        .map(|(i, node)| {
            let p = node
                .parent_urn
                .as_deref()
                .map(str::trim)
                .filter(|u| !u.is_empty())?;
            match by_urn.get(p) {
                Some(&j) if j != i && !skip[j] => Some(j),
                _ => {
                    if !skip[i] {
                        unmapped.push(format!(
                            "{}: its parent {p} is not in the library; placed at the top",
                            shown(node)
                        ));
                    }
                    None
                }
            }
        })
        .collect();
    let mut state = vec![0u8; n]; // 0 unseen, 1 on the current path, 2 settled
    let mut depth = vec![0usize; n];
    for start in 0..n {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                2 => break,
                1 => {
                    // A loop: cut it at the node that closes it.
                    let last = *path.last().unwrap_or(&i);
                    unmapped.push(format!(
                        "{}: its parents lead back to it; placed at the top",
                        shown(&nodes[last])
                    ));
                    parent[last] = None;
                    break;
                }
                _ => {
                    state[i] = 1;
                    path.push(i);
                    at = parent[i];
                }
            }
        }
        for &i in path.iter().rev() {
            depth[i] = parent[i].map_or(0, |p| depth[p] + 1);
            state[i] = 2;
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|i| !skip[*i]).collect();
    order.sort_by_key(|i| (depth[*i], *i));

    // Annex: a node, or one above it, whose ref or name begins with "Annex", or whose ref
    // reads A.<digit>.
    let looks_annex = |node: &Node| {
        let r = scalar(node.ref_id.as_ref()).unwrap_or_default();
        let name = node.name.as_deref().unwrap_or_default().trim();
        let b = r.as_bytes();
        r.to_lowercase().starts_with("annex")
            || name.to_lowercase().starts_with("annex")
            || (b.len() > 2 && b[0] == b'A' && b[1] == b'.' && b[2].is_ascii_digit())
    };
    let mut annex = vec![false; n];
    // The requirement an assessable node belongs to: the topmost assessable node of its
    // chain of assessable parents.
    let mut anchor: Vec<Option<usize>> = vec![None; n];
    for &i in &order {
        annex[i] = looks_annex(&nodes[i]) || parent[i].is_some_and(|p| annex[p]);
        if nodes[i].assessable {
            anchor[i] = Some(match parent[i] {
                Some(p) if nodes[p].assessable => anchor[p].unwrap_or(p),
                _ => i,
            });
        }
    }
    // Grouping nodes with something assessable under them.
    let mut used = vec![false; n];
    for i in 0..n {
        if skip[i] || !nodes[i].assessable {
            continue;
        }
        let mut at = parent[i];
        while let Some(p) = at {
            if used[p] {
                break;
            }
            used[p] = true;
            at = parent[p];
        }
    }

    let mut section_ids = HashSet::new();
    let mut refs = HashSet::new();
    let mut question_ids = HashSet::new();
    // Section key: the grouping node, or None for requirements at the top.
    let mut sections: Vec<(Option<usize>, OutSection)> = Vec::new();
    let mut section_of: HashMap<Option<usize>, usize> = HashMap::new();
    let mut requirement_at: HashMap<usize, (usize, usize)> = HashMap::new();
    for i in 0..n {
        if skip[i] {
            continue;
        }
        let node = &nodes[i];
        for key in node.other.keys() {
            if !NODE_KEYS_USED.contains(&key.as_str()) {
                unmapped.push(format!("{}: `{key}` not mapped", shown(node)));
            }
        }
        if !node.assessable {
            if !used[i] {
                unmapped.push(format!(
                    "{}: not assessable and nothing assessable under it; left out",
                    shown(node)
                ));
            }
            continue;
        }
        let description = node.description.as_deref().unwrap_or_default().trim();
        let name = node.name.as_deref().map(one_line).unwrap_or_default();
        let prompt = if !description.is_empty() {
            description.to_string()
        } else if !name.is_empty() {
            unmapped.push(format!(
                "{}: no description; its name is the question",
                shown(node)
            ));
            name.clone()
        } else {
            unmapped.push(format!(
                "{}: neither description nor name, nothing to ask; left out",
                shown(node)
            ));
            continue;
        };
        let anchor_at = anchor[i].unwrap_or(i);
        let mut question_id = token(&raw_ref_of(node));
        if question_id.is_empty() {
            question_id = format!("q{}", i + 1);
        }
        let question_id = unique(&mut question_ids, question_id, "question id", unmapped);
        let question = OutQuestion {
            id: question_id,
            prompt,
            topic: (anchor_at != i && !name.is_empty() && name.chars().count() <= 40)
                .then(|| name.clone()),
            guidance: node
                .annotation
                .as_deref()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string),
            evidence: node
                .typical_evidence
                .as_deref()
                .unwrap_or_default()
                .lines()
                .map(|l| one_line(l.trim().trim_start_matches(['-', '*', '•']).trim()))
                .filter(|l| !l.is_empty())
                .collect(),
        };
        if let Some(&(s, r)) = requirement_at.get(&anchor_at) {
            sections[s].1.requirement[r].question.push(question);
            continue;
        }
        // A new requirement, in the section of the grouping node above it.
        let group = parent[anchor_at];
        let s = match section_of.get(&group) {
            Some(&s) => s,
            None => {
                let (raw_id, title, description, kind) = match group {
                    Some(g) => {
                        let gnode = &nodes[g];
                        let r = scalar(gnode.ref_id.as_ref()).unwrap_or_default();
                        let title = gnode
                            .name
                            .as_deref()
                            .map(one_line)
                            .filter(|t| !t.is_empty())
                            .or_else(|| {
                                gnode
                                    .description
                                    .as_deref()
                                    .map(|d| shorten(&one_line(d), 80))
                                    .filter(|t| !t.is_empty())
                            })
                            .unwrap_or_else(|| one_line(&r));
                        let description =
                            if gnode.name.as_deref().is_some_and(|t| !t.trim().is_empty()) {
                                gnode
                                    .description
                                    .as_deref()
                                    .unwrap_or_default()
                                    .trim()
                                    .to_string()
                            } else {
                                String::new()
                            };
                        (r, title, description, annex[g])
                    }
                    None => {
                        unmapped.push(format!(
                            "{}: assessable at the top, with no grouping node above it; put in a section \"General\"",
                            shown(&nodes[anchor_at])
                        ));
                        (
                            "general".to_string(),
                            String::new(),
                            String::new(),
                            annex[anchor_at],
                        )
                    }
                };
                let mut id = token(&raw_id);
                if id.is_empty() {
                    id = format!("s{}", sections.len() + 1);
                }
                let id = unique(&mut section_ids, id, "section id", unmapped);
                let title = if title.is_empty() {
                    if group.is_none() {
                        "General".to_string()
                    } else {
                        id.clone()
                    }
                } else {
                    title
                };
                sections.push((
                    group,
                    OutSection {
                        id,
                        kind: if kind { "annex" } else { "clause" },
                        title,
                        description,
                        requirement: Vec::new(),
                    },
                ));
                section_of.insert(group, sections.len() - 1);
                sections.len() - 1
            }
        };
        let anchor_node = &nodes[anchor_at];
        let mut r = reference(&raw_ref_of(anchor_node));
        if r.is_empty() {
            r = format!("R{}", anchor_at + 1);
        }
        let written = scalar(anchor_node.ref_id.as_ref()).map(|x| one_line(&x));
        if let Some(w) = written.filter(|w| !w.is_empty() && *w != r) {
            unmapped.push(format!(
                "ref \"{w}\" is written \"{r}\" (a ref holds letters, digits, spaces, `.`, `-` and `_`)"
            ));
        }
        let r = unique(&mut refs, r, "ref", unmapped);
        let anchor_name = anchor_node
            .name
            .as_deref()
            .map(one_line)
            .unwrap_or_default();
        let title = if !anchor_name.is_empty() {
            anchor_name
        } else {
            let d = one_line(anchor_node.description.as_deref().unwrap_or_default());
            if d.is_empty() {
                r.clone()
            } else {
                shorten(&d, 80)
            }
        };
        sections[s].1.requirement.push(OutRequirement {
            reference: r,
            title,
            question: vec![question],
        });
        requirement_at.insert(anchor_at, (s, sections[s].1.requirement.len() - 1));
    }
    sections.into_iter().map(|(_, s)| s).collect()
}

/// A node's ref as written, or the last part of its urn.
fn raw_ref_of(node: &Node) -> String {
    scalar(node.ref_id.as_ref())
        .or_else(|| {
            node.urn
                .as_deref()
                .and_then(|u| u.rsplit(':').next())
                .map(str::to_string)
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracket_depth_counts_collections_not_prose() {
        assert_eq!(too_deep("a: [[[x]]]\n", 3), None);
        assert_eq!(too_deep("a: [[[[x]]]]\n", 3), Some(1));
        assert_eq!(too_deep("a:\n  - {b: [c, {d: [e]}]}\n", 3), Some(2));
        // Prose, quotes, comments and block scalars do not count.
        let prose =
            "d: see [1] and [2 [3 [4\ne: '[[[[' # [[[[\nf: |\n  [[[[\n  [[[[\ng: \"[[[[\"\n";
        assert_eq!(too_deep(prose, 1), None);
        // A block scalar ends where the indentation does.
        assert_eq!(too_deep("f: |\n  [[[[\ng: [[x]]\n", 1), Some(3));
    }

    #[test]
    fn refs_keep_spaces_and_turn_other_marks_into_dots() {
        assert_eq!(reference("GOVERN 1.1"), "GOVERN 1.1");
        assert_eq!(reference("Art. 9(2)(a)"), "Art. 9.2.a");
        assert_eq!(reference("  A.6.2.4 "), "A.6.2.4");
        assert_eq!(reference("É 1"), "E 1");
        assert_eq!(token("GOVERN 1.1"), "GOVERN-1.1");
        assert_eq!(reference("()"), "");
    }
}

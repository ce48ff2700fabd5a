//! Paths inside a JSON document (`contents[3].schedules[0].opens_at`) and the line a
//! path starts on, so that a problem says where to look. The text has already been
//! parsed by serde_json; this only walks it again to count lines.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

/// `a.b[2].c`; a path that starts with an index starts with `[`.
pub(crate) fn place(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => {
                let _ = write!(s, "[{i}]");
            }
        }
    }
    s
}

/// Finds the line (1-based) where the value at a path starts; for an object's key, the
/// line of the key. What it has walked through is remembered (the keys of each object,
/// the elements of each array), so that many look-ups in a large file cost about one
/// reading of it.
pub(crate) struct Locator<'t> {
    b: &'t [u8],
    newlines: Option<Vec<usize>>,
    /// By an object's offset: each key with the offsets of the key and of its value.
    objects: HashMap<usize, HashMap<String, (usize, usize)>>,
    /// By an array's offset: the offsets of its elements found so far.
    arrays: HashMap<usize, Vec<usize>>,
}

impl<'t> Locator<'t> {
    pub fn new(text: &'t str) -> Self {
        Locator {
            b: text.as_bytes(),
            newlines: None,
            objects: HashMap::new(),
            arrays: HashMap::new(),
        }
    }

    /// `None` when the path is not in the text.
    pub fn line_of(&mut self, path: &[Seg]) -> Option<usize> {
        let mut sc = Scanner { b: self.b, i: 0 };
        sc.ws();
        let mut at = sc.i;
        for seg in path {
            match seg {
                Seg::Key(k) => {
                    let start = sc.i;
                    let keys = match self.objects.entry(start) {
                        Entry::Occupied(e) => e.into_mut(),
                        Entry::Vacant(e) => e.insert(sc.keys()?),
                    };
                    let &(key_at, value_at) = keys.get(k)?;
                    at = key_at;
                    sc.i = value_at;
                }
                Seg::Index(n) => {
                    let start = sc.i;
                    let known = self.arrays.entry(start).or_default();
                    if let Some(&found) = known.get(*n) {
                        sc.i = found;
                    } else {
                        match known.last() {
                            Some(&last) => {
                                sc.i = last;
                                sc.skip_value()?;
                                sc.ws();
                                sc.expect(b',')?;
                            }
                            None => sc.expect(b'[')?,
                        }
                        loop {
                            sc.ws();
                            if sc.peek()? == b']' {
                                return None;
                            }
                            known.push(sc.i);
                            if known.len() > *n {
                                break;
                            }
                            sc.skip_value()?;
                            sc.ws();
                            sc.expect(b',')?;
                        }
                    }
                    at = sc.i;
                }
            }
        }
        Some(self.line_at(at))
    }

    fn line_at(&mut self, at: usize) -> usize {
        let b = self.b;
        let newlines = self.newlines.get_or_insert_with(|| {
            b.iter()
                .enumerate()
                .filter(|(_, c)| **c == b'\n')
                .map(|(i, _)| i)
                .collect()
        });
        1 + newlines.partition_point(|&p| p < at)
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    /// The keys of the object here: each with the offsets of the key and of its value.
    fn keys(&mut self) -> Option<HashMap<String, (usize, usize)>> {
        let mut keys = HashMap::new();
        self.expect(b'{')?;
        loop {
            self.ws();
            if self.peek()? == b'}' {
                return Some(keys);
            }
            let key_at = self.i;
            let key = self.string()?;
            self.ws();
            self.expect(b':')?;
            self.ws();
            keys.entry(key).or_insert((key_at, self.i));
            self.skip_value()?;
            self.ws();
            match self.peek()? {
                b',' => self.i += 1,
                b'}' => {}
                _ => return None,
            }
        }
    }

    /// A string, decoded.
    fn string(&mut self) -> Option<String> {
        let start = self.i;
        self.skip_string()?;
        serde_json::from_slice(self.b.get(start..self.i)?).ok()
    }

    fn skip_string(&mut self) -> Option<()> {
        self.expect(b'"')?;
        loop {
            match self.peek()? {
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                b'\\' => self.i += 2,
                _ => self.i += 1,
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.skip_string(),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.i += 1;
                loop {
                    self.ws();
                    if self.peek()? == close {
                        self.i += 1;
                        return Some(());
                    }
                    if open == b'{' {
                        self.skip_string()?;
                        self.ws();
                        self.expect(b':')?;
                        self.ws();
                    }
                    self.skip_value()?;
                    self.ws();
                    match self.peek()? {
                        b',' => self.i += 1,
                        c if c == close => {}
                        _ => return None,
                    }
                }
            }
            _ => {
                while matches!(self.peek(), Some(c) if !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                {
                    self.i += 1;
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_found_on_their_line() {
        let text = "[\n  {\"id\": \"a\", \"x\": [1, {\"y\": \"}\"}]},\n  {\n    \"id\": \"b\",\n    \"schedules\": [\n      {\"opens_at\": \"9h\"}\n    ]\n  }\n]";
        let k = |s: &str| Seg::Key(s.to_owned());
        let path = [Seg::Index(1), k("schedules"), Seg::Index(0), k("opens_at")];
        assert_eq!(place(&path), "[1].schedules[0].opens_at");
        let mut l = Locator::new(text);
        assert_eq!(l.line_of(&path), Some(6));
        assert_eq!(l.line_of(&[Seg::Index(1)]), Some(3));
        assert_eq!(l.line_of(&[Seg::Index(0), k("x")]), Some(2));
        assert_eq!(l.line_of(&[Seg::Index(1), k("id")]), Some(4));
        assert_eq!(l.line_of(&[Seg::Index(2)]), None);
        assert_eq!(l.line_of(&[Seg::Index(1), k("nope")]), None);
        assert_eq!(l.line_of(&[Seg::Index(0)]), Some(2));
        assert_eq!(
            Locator::new(text).line_of(&[Seg::Index(1), k("id")]),
            Some(4)
        );
        assert_eq!(Locator::new(text).line_of(&[]), Some(1));
        assert_eq!(
            place(&[k("contents"), Seg::Index(0), k("name")]),
            "contents[0].name"
        );
    }
}

//! Small-cell suppression for the observatory (issue 17): a figure about fewer than
//! [`THRESHOLD`] persons or acts is never shown, and neither is any figure that would let
//! one be worked out again from a total. Pure: the same table in, the same cells out, for
//! pages, CSV and print alike.
//!
//! The rule, applied to a table of counts with its row totals, column totals and grand
//! total:
//! 1. **Primary:** a count from 1 to `THRESHOLD - 1` is hidden (zero reveals nobody and is
//!    shown), totals included.
//! 2. **Secondary:** in any row or column whose total is shown, a hidden count must never be
//!    alone among the hidden ones, nor hidden only beside zeros: the line total minus the
//!    shown counts would give it back. Another count of that line is hidden too — the
//!    smallest non-zero shown one, so that as little as possible is lost — or, when there
//!    is none, the line's total. This is repeated until nothing changes, because hiding a
//!    count in a row can leave one alone in its column.

/// The smallest count shown.
pub const THRESHOLD: u64 = 5;

/// One figure as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    /// From 1 to 4: published as "< 5".
    Small,
    /// Five or more, hidden so that a small one cannot be worked out: published as
    /// "hidden", never as "< 5" (which would be untrue).
    Masked,
}

impl Cell {
    pub fn is_hidden(self) -> bool {
        !matches!(self, Cell::Shown(_))
    }

    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Shown(n) => Some(n),
            _ => None,
        }
    }
}

/// A table ready to publish: every cell, every total, suppressed as the rule says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

fn sensitive(n: u64) -> bool {
    n > 0 && n < THRESHOLD
}

/// Suppresses a table of counts (rows of equal length; a ragged row is padded with
/// zeros). Totals are computed here from the counts, never typed.
pub fn publish(counts: &[Vec<u64>]) -> Published {
    let width = counts.iter().map(Vec::len).max().unwrap_or(0);
    let rows: Vec<Vec<u64>> = counts
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.resize(width, 0);
            r
        })
        .collect();
    let row_sum: Vec<u64> = rows.iter().map(|r| r.iter().sum()).collect();
    let col_sum: Vec<u64> = (0..width)
        .map(|c| rows.iter().map(|r| r[c]).sum())
        .collect();
    let grand: u64 = row_sum.iter().sum();

    let mut hidden: Vec<Vec<bool>> = rows
        .iter()
        .map(|r| r.iter().map(|n| sensitive(*n)).collect())
        .collect();
    let mut row_hidden: Vec<bool> = row_sum.iter().map(|n| sensitive(*n)).collect();
    let mut col_hidden: Vec<bool> = col_sum.iter().map(|n| sensitive(*n)).collect();
    let mut grand_hidden = sensitive(grand);

    // A line: its counts (value, hidden?) and whether its total is hidden. Returns the
    // index of the count to hide (Some(i)), or None to hide the total, when the line
    // would give a hidden count back; Ok(()) when it is safe.
    fn fix(line: &[(u64, bool)], total_hidden: bool) -> Result<(), Option<usize>> {
        if total_hidden {
            return Ok(());
        }
        let hidden: Vec<usize> = (0..line.len()).filter(|i| line[*i].1).collect();
        let hidden_nonzero = hidden.iter().filter(|i| line[**i].0 > 0).count();
        if hidden.is_empty() || hidden_nonzero >= 2 || hidden_nonzero == 0 {
            return Ok(());
        }
        // One non-zero hidden count (possibly beside hidden zeros): hide the smallest
        // non-zero shown count of the line, else the total.
        let candidate = (0..line.len())
            .filter(|i| !line[*i].1 && line[*i].0 > 0)
            .min_by_key(|i| (line[*i].0, *i));
        Err(candidate)
    }

    loop {
        let mut changed = false;
        for (r, row) in rows.iter().enumerate() {
            let line: Vec<(u64, bool)> =
                row.iter().copied().zip(hidden[r].iter().copied()).collect();
            match fix(&line, row_hidden[r]) {
                Ok(()) => {}
                Err(Some(c)) => {
                    hidden[r][c] = true;
                    changed = true;
                }
                Err(None) => {
                    row_hidden[r] = true;
                    changed = true;
                }
            }
        }
        for c in 0..width {
            let line: Vec<(u64, bool)> = rows
                .iter()
                .zip(&hidden)
                .map(|(row, h)| (row[c], h[c]))
                .collect();
            match fix(&line, col_hidden[c]) {
                Ok(()) => {}
                Err(Some(r)) => {
                    hidden[r][c] = true;
                    changed = true;
                }
                Err(None) => {
                    col_hidden[c] = true;
                    changed = true;
                }
            }
        }
        // The totals are a line of their own: the grand total minus the shown row totals
        // (or column totals) would give a hidden one back.
        let rline: Vec<(u64, bool)> = row_sum
            .iter()
            .copied()
            .zip(row_hidden.iter().copied())
            .collect();
        match fix(&rline, grand_hidden) {
            Ok(()) => {}
            Err(Some(r)) => {
                row_hidden[r] = true;
                changed = true;
            }
            Err(None) => {
                grand_hidden = true;
                changed = true;
            }
        }
        let cline: Vec<(u64, bool)> = col_sum
            .iter()
            .copied()
            .zip(col_hidden.iter().copied())
            .collect();
        match fix(&cline, grand_hidden) {
            Ok(()) => {}
            Err(Some(c)) => {
                col_hidden[c] = true;
                changed = true;
            }
            Err(None) => {
                grand_hidden = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    let cell = |n: u64, h: bool| match (sensitive(n), h) {
        (true, _) => Cell::Small,
        (false, true) => Cell::Masked,
        (false, false) => Cell::Shown(n),
    };
    Published {
        cells: rows
            .iter()
            .zip(&hidden)
            .map(|(r, h)| r.iter().zip(h).map(|(n, h)| cell(*n, *h)).collect())
            .collect(),
        row_totals: row_sum
            .iter()
            .zip(&row_hidden)
            .map(|(n, h)| cell(*n, *h))
            .collect(),
        column_totals: col_sum
            .iter()
            .zip(&col_hidden)
            .map(|(n, h)| cell(*n, *h))
            .collect(),
        total: cell(grand, grand_hidden),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(p: &Published) -> Vec<Vec<Option<u64>>> {
        p.cells
            .iter()
            .map(|r| r.iter().map(|c| c.shown()).collect())
            .collect()
    }

    #[test]
    fn a_count_under_five_is_hidden_and_cannot_be_recomputed_from_its_total() {
        // Barriers met, one platform: 12 itsme, 3 no smartphone, 9 platform down.
        let p = publish(&[vec![12, 3, 9]]);
        // 3 is hidden; so is 9, the smallest other, else 24 - 12 - 9 = 3.
        assert_eq!(shown(&p), vec![vec![Some(12), None, None]]);
        assert_eq!(p.cells[0][1], Cell::Small, "published as < 5");
        assert_eq!(
            p.cells[0][2],
            Cell::Masked,
            "published as hidden, not as < 5"
        );
        assert_eq!(p.row_totals, vec![Cell::Shown(24)]);
        assert_eq!(p.column_totals[1], Cell::Small);
    }

    #[test]
    fn zeros_are_shown_and_a_hidden_count_beside_zeros_takes_another_with_it() {
        let p = publish(&[vec![0, 2, 0, 40]]);
        // 2 is hidden, and 40 with it (42 - 0 - 0 would give 2 back); the total stays.
        assert_eq!(shown(&p), vec![vec![Some(0), None, Some(0), None]]);
        assert_eq!(p.row_totals, vec![Cell::Shown(42)]);
        let alone = publish(&[vec![0, 2, 0]]);
        assert_eq!(alone.row_totals, vec![Cell::Small], "a total under five");
    }

    #[test]
    fn hiding_in_a_row_can_force_hiding_in_a_column() {
        let p = publish(&[vec![20, 3, 30], vec![25, 40, 50]]);
        // Row 0: 3 and 20 hidden. Column 1: 3 hidden, 40 shown, total 43 shown → 40 goes;
        // column 0: 20 hidden → 25 goes. Row 1: 25 and 40 hidden: safe.
        assert_eq!(
            shown(&p),
            vec![vec![None, None, Some(30)], vec![None, None, Some(50)]]
        );
    }

    proptest! {
        /// In every line whose total is shown, the hidden counts are none, or at least two
        /// non-zero ones: no hidden figure is the total minus the shown ones. No shown
        /// figure is under five except zero.
        #[test]
        fn no_hidden_figure_can_be_worked_out_from_a_shown_total(
            table in proptest::collection::vec(proptest::collection::vec(0u64..30, 1..6), 1..6)
        ) {
            let p = publish(&table);
            let width = p.cells.iter().map(Vec::len).max().unwrap_or(0);
            let full: Vec<Vec<u64>> = table.iter().map(|r| { let mut r = r.clone(); r.resize(width, 0); r }).collect();
            let check = |values: Vec<u64>, cells: Vec<Cell>, total: Cell| {
                if total.is_hidden() { return true; }
                let hidden: Vec<u64> = values.iter().zip(&cells).filter(|(_, c)| c.is_hidden()).map(|(v, _)| *v).collect();
                hidden.iter().all(|v| *v == 0) || hidden.iter().filter(|v| **v > 0).count() >= 2
            };
            for (r, row) in full.iter().enumerate() {
                prop_assert!(check(row.clone(), p.cells[r].clone(), p.row_totals[r]));
            }
            for c in 0..width {
                prop_assert!(check(full.iter().map(|r| r[c]).collect(), p.cells.iter().map(|r| r[c]).collect(), p.column_totals[c]));
            }
            let row_sums: Vec<u64> = full.iter().map(|r| r.iter().sum()).collect();
            prop_assert!(check(row_sums, p.row_totals.clone(), p.total));
            let col_sums: Vec<u64> = (0..width).map(|c| full.iter().map(|r| r[c]).sum()).collect();
            prop_assert!(check(col_sums, p.column_totals.clone(), p.total));
            for cell in p.cells.iter().flatten().chain(&p.row_totals).chain(&p.column_totals).chain(std::iter::once(&p.total)) {
                if let Cell::Shown(n) = cell { prop_assert!(*n == 0 || *n >= THRESHOLD); }
            }
        }
    }
}

/// A platform whose failures jumped: this period's count against its usual level.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Jump {
    pub current: u64,
    /// The mean of the earlier periods compared.
    pub usual: f64,
    /// How many earlier periods the usual level is the mean of.
    pub periods: usize,
}

/// The fewest earlier periods a usual level is worked out from.
pub const MIN_HISTORY: usize = 4;

/// Whether `current` failures (acts not possible, or with the platform down) in this
/// period are a jump over the earlier periods `previous`: at least [`THRESHOLD`] (never an
/// alert about fewer than five acts), at least twice the usual level, and more than three
/// standard deviations of a count at that level above it (a Poisson count's deviation is
/// the square root of its mean), so that ordinary ups and downs of a small desk raise
/// nothing. With fewer than [`MIN_HISTORY`] earlier periods there is no usual level yet.
pub fn jump(current: u64, previous: &[u64]) -> Option<Jump> {
    if previous.len() < MIN_HISTORY || current < THRESHOLD {
        return None;
    }
    let usual = previous.iter().sum::<u64>() as f64 / previous.len() as f64;
    let c = current as f64;
    (c >= 2.0 * usual && c > usual + 3.0 * usual.sqrt()).then_some(Jump {
        current,
        usual,
        periods: previous.len(),
    })
}

#[cfg(test)]
mod jump_tests {
    use super::*;

    #[test]
    fn a_platform_down_this_week_is_a_jump_an_ordinary_week_is_not() {
        // Usually 2 failed procedures a week on the platform; 11 this week.
        let j = jump(11, &[2, 1, 3, 2, 2, 2]).expect("a jump");
        assert_eq!((j.current, j.periods), (11, 6));
        assert!((j.usual - 2.0).abs() < 1e-9);
        // Ordinary ups and downs.
        assert_eq!(jump(4, &[2, 1, 3, 2]), None, "fewer than five: never");
        assert_eq!(jump(14, &[10, 12, 9, 11]), None, "not twice the usual");
        assert_eq!(jump(6, &[3, 3, 3, 3]), None, "within three deviations of 3");
        // From nothing to a handful: an alert.
        assert!(jump(5, &[0, 0, 0, 0]).is_some());
        // Not enough history yet.
        assert_eq!(jump(30, &[1, 1, 1]), None);
    }
}

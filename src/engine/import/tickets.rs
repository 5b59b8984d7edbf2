//! Tickets files → `Tickets`: one entry per ticket of a help-desk export (Zendesk, Freshdesk, a
//! Persian help desk saved by Excel …). Customer and created day are required; a row whose
//! customer or created day is empty, or with any unreadable cell (a date, a count, a duration, a
//! status Vafa does not know), becomes issues and is left out.

use super::cells;
use super::issue::{ImportError, Reason, Vocabulary};
use super::roles::{self, Kind};
use super::sheet::Sheet;
use super::{ImportOptions, Imported, text_of};
use crate::engine::data::Tickets;

/// Imports a tickets export: its tickets, plus an `Issue` for every row left out. Fails with an
/// `ImportError` when the file as a whole is not usable (not text, no header, no rows, no
/// customer or created column, broken CSV structure).
pub fn import_tickets(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported<Tickets>, ImportError> {
    let (decoded, dialect) = text_of(bytes, options)?;
    let mut sheet = Sheet::open(&decoded.text, dialect, options, Kind::Tickets)?;
    let columns = roles::ticket_columns(sheet.header(), &sheet.roles)?;
    let mut created_dates = sheet.dates(columns.created);
    let mut solved_dates = columns.solved.map(|idx| (idx, sheet.dates(idx)));
    let mut tickets = Tickets::default();
    let mut key = String::new();
    let unknown_status = Reason::UnknownWord {
        what: Vocabulary::TicketStatus,
    };
    while sheet.next_record()? {
        let issues_before = sheet.issues.len();
        let (customer, key_style) = columns.customer;
        sheet.is_missing(customer);
        let created = if sheet.is_missing(columns.created) {
            None
        } else {
            sheet.moment(&mut created_dates, columns.created)
        };
        let solved = match &mut solved_dates {
            Some((idx, dates)) => sheet.moment(dates, *idx),
            None => None,
        };
        let state = sheet.read(columns.status, cells::ticket_state, unknown_status.clone());
        let replies = sheet.read(columns.replies, cells::parse_count, Reason::NotACount);
        let customer_replies = sheet.read(
            columns.customer_replies,
            cells::parse_count,
            Reason::NotACount,
        );
        let reopens = sheet.read(columns.reopens, cells::parse_count, Reason::NotACount);
        let duration = |sheet: &mut Sheet<'_>, column: Option<(usize, cells::DurationUnit)>| {
            let (idx, unit) = column?;
            sheet.read(
                Some(idx),
                |text| cells::parse_duration(text, unit),
                Reason::NotADuration,
            )
        };
        let first_response = duration(&mut sheet, columns.first_response);
        let resolution = duration(&mut sheet, columns.resolution);
        let Some(created) = created else { continue };
        if sheet.issues.len() > issues_before {
            continue;
        }
        let satisfaction = sheet.optional(columns.satisfaction);
        let score = satisfaction
            .and_then(|text| cells::parse_score(text).ok().flatten())
            .map(|answer| answer.score);
        tickets.satisfaction.push(satisfaction);
        tickets.satisfaction_score.push(score);
        tickets.status.push(sheet.optional(columns.status));
        tickets.tags.push(split_tags(sheet.optional(columns.tags)));
        let customer_key = cells::customer_key(sheet.cell(customer), key_style, &mut key);
        let id = tickets.customers.intern(customer_key);
        tickets.customer.push(id);
        tickets.created.push(created);
        tickets.solved.push(solved);
        tickets.state.push(state);
        tickets.replies.push(replies);
        tickets.customer_replies.push(customer_replies);
        tickets.reopens.push(reopens);
        tickets.first_response_seconds.push(first_response);
        tickets.resolution_seconds.push(resolution);
    }
    sheet.mixed_formats(columns.created, &created_dates);
    Ok(sheet.finish(tickets))
}

/// Tags as written: Freshdesk separates them with commas, Zendesk with spaces.
fn split_tags(cell: Option<&str>) -> Vec<String> {
    let Some(cell) = cell else {
        return Vec::new();
    };
    let tags: Vec<&str> = if cell.contains([',', '،']) {
        cell.split([',', '،']).collect()
    } else {
        cell.split_whitespace().collect()
    };
    tags.into_iter()
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::TicketState;

    fn tickets(csv: &str) -> Imported<Tickets> {
        import_tickets(csv.as_bytes(), &ImportOptions::default()).unwrap()
    }

    #[test]
    fn a_zendesk_like_file_reads_states_minutes_and_tags() {
        let imported = tickets(
            "Requester email,Created at,Solved at,Status,Replies,Reopens,Satisfaction Score,\
             First reply time in minutes,Tags\n\
             A@x.com,2024-01-02 15:34:19,2024-01-03 09:59:19,closed,2,0,Good,77,late_delivery goodwill_credit\n\
             b@x.com,2024-01-03 07:44:09,,hold,1,,Offered,,\n",
        );
        let table = &imported.table;
        assert_eq!(table.len(), 2);
        assert_eq!(table.customers.keys(), ["a@x.com", "b@x.com"]);
        assert_eq!(
            table.state,
            [Some(TicketState::Resolved), Some(TicketState::OnHold)]
        );
        assert_eq!(table.first_response_seconds, [Some(77 * 60), None]);
        assert_eq!(
            table.tags.first().unwrap(),
            &["late_delivery", "goodwill_credit"]
        );
        assert_eq!(table.satisfaction.counts(), [("Good", 1), ("Offered", 1)]);
        assert!(table.is_resolved(0) && !table.is_resolved(1));
        assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    }

    #[test]
    fn bad_cells_are_issues_naming_row_column_and_reason() {
        let imported = tickets(
            "Email,Created time,Status,Agent interactions,First response time (in hrs)\n\
             a@x.com,2023-12-31 18:34:51,Closed,1,02:43:00\n\
             b@x.com,yesterday,Teleported,two,soon\n\
             ,2023-12-30 10:00:00,Open,1,\n",
        );
        let found: Vec<(u32, &str, Reason)> = imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect();
        let status = Reason::UnknownWord {
            what: Vocabulary::TicketStatus,
        };
        assert_eq!(
            found,
            [
                (3, "Created time", Reason::NotADate),
                (3, "Status", status),
                (3, "Agent interactions", Reason::NotACount),
                (3, "First response time (in hrs)", Reason::NotADuration),
                (4, "Email", Reason::Required),
            ]
        );
        assert_eq!(imported.table.first_response_seconds, [Some(9_780)]);
        assert_eq!(imported.rows, 3);
    }
}

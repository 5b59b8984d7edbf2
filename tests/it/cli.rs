//! The `vafa` binary end to end: JSON on stdout for a good file, exit status 1 and a message
//! naming the file (never a panic) for an unusable one, 2 for a usage error.

use std::process::{Command, Output};

use serde_json::Value;

use crate::fixture;

fn vafa(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_vafa"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn report_prints_the_shopify_report_as_json() {
    let output = vafa(&[
        "report",
        "--orders",
        "tests/fixtures/shopify_orders_export.csv",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let orders = &json["orders"];
    assert_eq!(orders["orders"], 1814);
    assert_eq!(orders["customers"], 981);
    assert!((orders["revenue"].as_f64().unwrap() - 89641.94).abs() < 0.005);
    for key in [
        "repeat_purchase_rate",
        "purchase_frequency",
        "aov",
        "aov_first",
        "aov_repeat",
    ] {
        assert!(orders[key].is_number(), "orders.{key}");
    }
    assert!(orders["repeat_revenue_share"].is_number());
    let crr = orders["crr"].as_array().unwrap();
    assert_eq!(crr.len(), 24);
    for row in crr {
        for key in [
            "period",
            "s",
            "e",
            "n",
            "crr_pct",
            "retained_pct",
            "reactivated",
        ] {
            assert!(row.get(key).is_some(), "crr[].{key} in {row}");
        }
    }
    // The first month has no one active at its start: CRR is null, not 0.
    assert_eq!(crr[0]["period"], "2023-01");
    assert!(crr[0]["crr_pct"].is_null());
    let cohorts = &orders["cohorts"];
    assert_eq!(cohorts["period"], "month");
    assert_eq!(cohorts["on"][0][0], 1.0);
    assert!(cohorts["on"][23][1].is_null());
    for key in [
        "labels",
        "sizes",
        "on_or_after",
        "revenue",
        "cumulative_revenue_per_customer",
    ] {
        assert!(cohorts[key].is_array(), "cohorts.{key}");
    }
    let import = &json["import"][0];
    assert_eq!(import["file"], "tests/fixtures/shopify_orders_export.csv");
    assert_eq!(import["kind"], "orders");
    assert_eq!(import["rows"], 3110);
    assert_eq!(import["imported"], 1814);
    assert!(import["issues"].is_array());
}

#[test]
fn report_options_change_the_periods() {
    let file = "tests/fixtures/shopify_orders_export.csv";
    let output = vafa(&["report", "--orders", file, "--period", "year", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let row = &json["orders"]["crr"][1];
    assert_eq!(
        (row["period"].as_str(), row["s"].as_u64()),
        (Some("2024"), Some(436))
    );
    assert_eq!(
        (row["e"].as_u64(), row["n"].as_u64()),
        (Some(601), Some(543))
    );

    let output = vafa(&[
        "report",
        "--orders",
        file,
        "--as-of",
        "2024-06-15",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["orders"]["as_of"], "2024-06-15");
    let crr = json["orders"]["crr"].as_array().unwrap();
    assert_eq!(
        crr.last().map(|row| (&row["period"], &row["is_partial"])),
        Some((&"2024-06".into(), &true.into()))
    );
}

#[test]
fn an_empty_file_exits_1_naming_the_file() {
    let output = vafa(&[
        "report",
        "--orders",
        "tests/fixtures/bad/empty.csv",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("tests/fixtures/bad/empty.csv"),
        "{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
    assert!(output.stdout.is_empty());
}

#[test]
fn a_missing_file_exits_1_naming_the_file() {
    let output = vafa(&[
        "report",
        "--orders",
        "tests/fixtures/no_such_file.csv",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("no_such_file.csv") && !message.contains("panicked"),
        "{message}"
    );
}

#[test]
fn every_bad_fixture_exits_cleanly() {
    let bad = fixture("bad");
    for entry in std::fs::read_dir(bad).unwrap() {
        let path = entry.unwrap().path();
        let output = vafa(&["report", "--orders", path.to_str().unwrap(), "--json"]);
        let message = stderr(&output);
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{}: {message}",
            path.display()
        );
        assert!(
            !message.contains("panicked"),
            "{}: {message}",
            path.display()
        );
    }
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let output = vafa(&["report", "--period", "day"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--period"));
    assert_eq!(vafa(&["inspect"]).status.code(), Some(2));
    assert_eq!(vafa(&[]).status.code(), Some(2));
    let help = vafa(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("vafa report [--orders FILE] [--responses FILE]")
            && text.contains("vafa inspect FILE"),
        "{text}"
    );
}

/// `vafa inspect FILE --json` on a fixture: its JSON, after checking it exited 0.
fn inspect_json(name: &str) -> Value {
    let path = format!("tests/fixtures/{name}");
    let output = vafa(&["inspect", &path, "--json"]);
    assert!(output.status.success(), "{name}: {}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn inspect_shows_the_roles_and_issues_of_files_that_are_not_orders() {
    let typeform = inspect_json("typeform_post_purchase_nps.csv");
    assert_eq!(typeform["kind"], "responses");
    assert_eq!(typeform["roles"]["customer"], "email");
    assert_eq!(typeform["roles"]["response date"], "Submit Date (UTC)");
    // Both score columns are listed.
    assert_eq!(typeform["roles"]["score"].as_array().map(Vec::len), Some(2));
    let stripe = inspect_json("stripe_subscriptions.csv");
    assert_eq!(stripe["kind"], "subscriptions");
    assert_eq!(stripe["roles"]["ended at"], "Ended At (UTC)");
    assert_eq!(stripe["issues"], Value::Array(Vec::new()));
    assert!(stripe["import_error"].is_null());
    // The bad scores of bad_values.csv are the issues of a responses import.
    let bad = inspect_json("bad/bad_values.csv");
    assert_eq!(bad["kind"], "responses");
    let rows: Vec<u64> = bad["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["row"].as_u64().unwrap())
        .collect();
    assert_eq!(rows, [3, 4, 5, 6, 9, 12]);
}

#[test]
fn inspect_shows_the_shopify_export() {
    let json = inspect_json("shopify_orders_export.csv");
    assert_eq!(json["encoding"], "UTF-8");
    assert_eq!(json["delimiter"], ",");
    assert_eq!(json["has_header"], true);
    assert_eq!(json["kind"], "orders");
    assert_eq!(json["layout"], "Shopify orders export");
    assert_eq!(json["header"].as_array().map(Vec::len), Some(79));
    assert_eq!(json["roles"]["customer"], "Email");
    assert_eq!(json["roles"]["order date"], "Created at");
    assert_eq!(json["roles"]["amount"], "Total");
    assert_eq!(json["roles"]["order id"], "Name");
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 20);
    assert_eq!(rows[0][0], "#3184");
    assert_eq!(json["issues"], Value::Array(Vec::new()));
    assert!(json["import_error"].is_null());
}

#[test]
fn inspect_reads_the_utf16_porsline_survey() {
    let json = inspect_json("porsline_survey_fa_utf16.txt");
    assert_eq!(json["encoding"], "UTF-16LE");
    assert_eq!(json["delimiter"], "\t");
    assert_eq!(json["kind"], "responses");
    assert_eq!(json["layout"], "Porsline results");
    assert_eq!(json["header"][0], "ردیف");
    assert_eq!(json["rows"].as_array().map(Vec::len), Some(20));
    // A survey is not imported as orders: no issues to list.
    assert_eq!(json["issues"], Value::Array(Vec::new()));
}

#[test]
fn inspect_reads_the_windows_1256_tickets() {
    let json = inspect_json("persian_tickets_cp1256.csv");
    assert_eq!(json["encoding"], "Windows-1256");
    assert_eq!(json["kind"], "tickets");
    assert_eq!(json["header"][0], "شماره تيکت");
    assert_eq!(json["utf8_break"]["line"], 1);
    assert_eq!(json["rows"][0][0], "4100");
}

#[test]
fn inspect_lists_the_issues_of_a_bad_orders_file() {
    let json = inspect_json("bad/mixed_date_formats.csv");
    assert_eq!(json["kind"], "orders");
    let issues = json["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 8);
    for key in ["row", "column", "value", "reason"] {
        assert!(issues[0].get(key).is_some(), "issues[].{key}");
    }
    assert_eq!(issues[1]["row"], 11);
    assert_eq!(issues[1]["value"], "45356");
}

#[test]
fn inspect_of_an_unusable_file_exits_1_naming_file_and_reason() {
    for (name, reason) in [
        ("bad/empty.csv", "empty"),
        ("bad/binary_garbage.csv", "not a text/CSV file"),
        ("bad/xlsx_renamed.csv", "Excel workbook"),
    ] {
        let path = format!("tests/fixtures/{name}");
        let output = vafa(&["inspect", &path, "--json"]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let message = stderr(&output);
        assert!(
            message.contains(&path) && message.contains(reason) && !message.contains("panicked"),
            "{message}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn inspect_takes_the_encoding_and_delimiter_given() {
    let path = "tests/fixtures/bad/invalid_utf8.csv";
    let output = vafa(&["inspect", path, "--encoding", "UTF-8"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("line 3"), "{}", stderr(&output));
    let output = vafa(&["inspect", path, "--delimiter", ";", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        (json["encoding"].as_str(), json["delimiter"].as_str()),
        (Some("Windows-1252"), Some(";"))
    );
    assert_eq!(json["header"].as_array().map(Vec::len), Some(1));
}

#[test]
fn inspect_never_panics_on_a_bad_fixture() {
    for entry in std::fs::read_dir(fixture("bad")).unwrap() {
        let path = entry.unwrap().path();
        let output = vafa(&["inspect", path.to_str().unwrap(), "--json"]);
        let message = stderr(&output);
        assert!(
            matches!(output.status.code(), Some(0 | 1)) && !message.contains("panicked"),
            "{}: {message}",
            path.display()
        );
    }
}

#[test]
fn the_report_json_reads_back_into_the_report() {
    let bytes = std::fs::read(crate::fixture("shopify_orders_export.csv")).unwrap();
    let orders = vafa::engine::import::import_orders(&bytes, &Default::default())
        .unwrap()
        .table;
    let report = vafa::engine::report::orders_report(&orders, &Default::default());
    let json = serde_json::to_string(&report).unwrap();
    let back: vafa::engine::report::OrdersReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
}

fn report_json(args: &[&str]) -> Value {
    let output = vafa(args);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn report_counts_the_statuses_asked_for() {
    let file = "tests/fixtures/shopify_orders_export.csv";
    let orders = |statuses: &str| {
        let json = report_json(&["report", "--orders", file, "--statuses", statuses]);
        (
            json["orders"]["orders"].clone(),
            json["orders"]["revenue"].clone(),
        )
    };
    // As imported: paid, partially_refunded and refunded (1,814 orders, README); adding pending
    // adds its 26 orders and 1,457.29; paid alone is 1,741.
    let imported = report_json(&["report", "--orders", file]);
    assert_eq!(imported["orders"]["orders"], 1814);
    let with_pending = orders("paid,partially_refunded,refunded,pending");
    assert_eq!(with_pending.0, 1840);
    assert!((with_pending.1.as_f64().unwrap() - 91_099.23).abs() < 0.005);
    assert_eq!(orders("paid").0, 1741);
    let unknown = vafa(&["report", "--orders", file, "--statuses", "paid,teleported"]);
    assert!(!unknown.status.success());
    let said = stderr(&unknown);
    assert!(
        said.contains("\"teleported\"") && said.contains("\"pending\""),
        "{said}"
    );
}

#[test]
fn report_prints_the_responses_part_with_the_design_keys() {
    let file = "tests/fixtures/delighted_nps_responses.csv";
    let json = report_json(&["report", "--responses", file, "--json"]);
    assert!(json["orders"].is_null());
    let responses = &json["responses"];
    let nps = &responses["nps"];
    // README: NPS 15.2 (n = 500: 190/196/114), ±6.70.
    assert_eq!(
        (
            &nps["n"],
            &nps["promoters"],
            &nps["passives"],
            &nps["detractors"]
        ),
        (&500.into(), &190.into(), &196.into(), &114.into())
    );
    assert!((nps["score"].as_f64().unwrap() - 15.2).abs() < 1e-9);
    assert!((nps["moe95"].as_f64().unwrap() - 6.70).abs() < 0.005);
    // A survey without CSAT or CES questions has them null, not zero.
    assert!(responses["csat"].is_null() && responses["ces"].is_null());
    let trend = responses["trend"].as_array().unwrap();
    assert_eq!(
        trend.first().map(|row| &row["period"]),
        Some(&"2023-03".into())
    );
    for row in trend {
        for key in ["period", "nps", "csat", "ces", "n"] {
            assert!(row.get(key).is_some(), "trend[].{key} in {row}");
        }
    }
    let import = &json["import"][0];
    assert_eq!(import["file"], file);
    assert_eq!(import["kind"], "responses");
    assert_eq!(
        (&import["rows"], &import["imported"]),
        (&500.into(), &500.into())
    );
    assert_eq!(import["issues"], serde_json::json!([]));
}

#[test]
fn report_of_orders_and_responses_together_by_quarter() {
    let json = report_json(&[
        "report",
        "--orders",
        "tests/fixtures/shopify_orders_export.csv",
        "--responses",
        "tests/fixtures/google_forms_order_csat.csv",
        "--period",
        "quarter",
        "--json",
    ]);
    assert_eq!(json["orders"]["orders"], 1814);
    let responses = &json["responses"];
    for key in ["mean", "satisfied_share", "scale_min", "scale_max", "n"] {
        assert!(responses["csat"][key].is_number(), "csat.{key}");
    }
    for key in ["mean", "agree_share", "scale_min", "scale_max", "n"] {
        assert!(responses["ces"][key].is_number(), "ces.{key}");
    }
    assert_eq!(responses["ces"]["direction"], "high_is_good");
    assert_eq!(responses["trend"][0]["period"], "2024-Q1");
    assert_eq!(responses["trend"][0]["n"], 15);
    let kinds: Vec<&Value> = json["import"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| &i["kind"])
        .collect();
    assert_eq!(kinds, [&Value::from("orders"), &Value::from("responses")]);
}

#[test]
fn report_lists_the_survey_rows_it_left_out() {
    // bad_values.csv: six unreadable scores (README § bad/), each named in import[].issues.
    let output = vafa(&[
        "report",
        "--responses",
        "tests/fixtures/bad/bad_values.csv",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("6 import issues"));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let issues = json["import"][0]["issues"].as_array().unwrap();
    assert_eq!(issues.len(), 6);
    assert_eq!(
        (&issues[0]["row"], &issues[0]["column"], &issues[0]["value"]),
        (&3.into(), &"nps_score".into(), &"11".into())
    );
    assert_eq!(json["responses"]["nps"]["n"], 4);
}

#[test]
fn report_of_an_unusable_survey_exits_1_and_of_nothing_exits_2() {
    let output = vafa(&["report", "--responses", "tests/fixtures/bad/empty.csv"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("tests/fixtures/bad/empty.csv"));
    assert!(!stderr(&output).contains("panicked"));
    let output = vafa(&["report", "--json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--responses FILE"));
}

#[test]
fn report_reads_a_question_on_the_scale_given() {
    let file = "tests/fixtures/google_forms_order_csat.csv";
    let detected = report_json(&["report", "--responses", file, "--json"]);
    let rescaled = report_json(&[
        "report",
        "--responses",
        file,
        "--scale",
        "csat=1-7",
        "--json",
    ]);
    let (before, after) = (
        &detected["responses"]["csat"],
        &rescaled["responses"]["csat"],
    );
    // Detected 1–5 (no answer above 5): satisfied = 4 or 5. Read on 1–7 the top two box is 6–7,
    // which nobody answered; the mean (3.80, README) does not depend on the scale.
    assert_eq!(
        (&before["scale_max"], &after["scale_max"]),
        (&5.into(), &7.into())
    );
    assert_eq!(after["satisfied_from"], 6);
    assert_eq!(after["satisfied"], 0);
    assert_eq!(before["mean"], after["mean"]);
    assert_eq!(rescaled["responses"]["questions"][0]["scale_max"], 7);
    // By number: question 2 is the CES question (1–7); every answer fits 1–10.
    let by_number = report_json(&["report", "--responses", file, "--scale", "2=1-10", "--json"]);
    assert_eq!(by_number["responses"]["ces"]["scale_max"], 10);
    assert_eq!(by_number["responses"]["questions"][1]["scale_max"], 10);
}

#[test]
fn a_scale_that_leaves_an_answer_outside_exits_1_naming_the_question() {
    let file = "tests/fixtures/google_forms_order_csat.csv";
    let output = vafa(&[
        "report",
        "--responses",
        file,
        "--scale",
        "ces=1-5",
        "--json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("question 2")
            && message.contains("How easy was it")
            && message.contains("outside"),
        "{message}"
    );
    let output = vafa(&["report", "--responses", file, "--scale", "9=1-5", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("no such question"),
        "{}",
        stderr(&output)
    );
}

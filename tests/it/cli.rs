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
    assert_eq!(vafa(&["inspect", "x.csv"]).status.code(), Some(2));
    assert_eq!(vafa(&[]).status.code(), Some(2));
    let help = vafa(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    assert!(
        text.contains("vafa report --orders FILE") && !text.contains("inspect"),
        "{text}"
    );
}

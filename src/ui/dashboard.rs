//! The dashboard: the settings row, headline numbers of the active dataset, and one card per
//! orders metric (segment breakdown, CRR, cohorts, retention curves, lifecycle, AOV, days between
//! purchases, historical CLV, RFM), all of the orders the filter row keeps.

use leptos::prelude::*;

use super::aov::AovChart;
use super::breakdown::Breakdown;
use super::clv::ClvTables;
use super::cohorts::CohortHeatmap;
use super::crr::CrrChart;
use super::curves::RetentionCurves;
use super::filter::FilterRow;
use super::gaps::GapsChart;
use super::import::ImportWizard;
use super::lifecycle::Lifecycle;
use super::numbers::show_day;
use super::rfm::RfmCard;
use super::settings::{OrdersSettings, SettingsPanel};
use super::state::AppState;
use crate::i18n::{Msg, group_int, money, percent_of_rate, text};

/// One headline number.
#[component]
fn Kpi(label: Msg, testid: &'static str, #[prop(into)] value: Signal<String>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    view! {
        <div class="kpi">
            <span class="kpi-label">{move || text(locale.get(), label)}</span>
            <span class="kpi-value" data-testid=testid>{value}</span>
        </div>
    }
}

/// Headline numbers and charts of the dataset shown.
#[component]
pub fn Dashboard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let report = state.report;
    let range = move || {
        report.with(|r| match (&r.first_day, &r.last_day) {
            (Some(first), Some(last)) => {
                let calendar = state.calendar.get();
                format!(
                    "{} – {}",
                    show_day(first, calendar),
                    show_day(last, calendar)
                )
            }
            _ => String::new(),
        })
    };
    view! {
        <section class="dashboard" data-testid="dashboard">
            <ImportWizard />
            <SettingsPanel>
                <OrdersSettings />
            </SettingsPanel>
            <FilterRow />
            <p class="range"><bdi dir="ltr" data-testid="date-range">{range}</bdi></p>
            <Show when=move || state.computing.get()>
                <p class="notice" role="status" data-testid="report-computing">
                    {move || text(state.locale.get(), Msg::Computing)}
                </p>
            </Show>
            <div class="kpis">
                <Kpi
                    label=Msg::Customers
                    testid="kpi-customers"
                    value=Signal::derive(move || report.with(|r| group_int(i64::from(r.customers))))
                />
                <Kpi
                    label=Msg::Orders
                    testid="kpi-orders"
                    value=Signal::derive(move || report.with(|r| group_int(i64::from(r.orders))))
                />
                <Kpi
                    label=Msg::Revenue
                    testid="kpi-revenue"
                    value=Signal::derive(move || report.with(|r| money(r.revenue)))
                />
                <Kpi
                    label=Msg::RepeatPurchaseRate
                    testid="kpi-repeat-rate"
                    value=Signal::derive(move || {
                        report.with(|r| percent_of_rate(r.repeat_purchase_rate, 2))
                    })
                />
            </div>
            <super::benchmarks::RepeatRateBenchmark />
            <Breakdown />
            <CrrChart />
            <CohortHeatmap />
            <RetentionCurves />
            <Lifecycle />
            <AovChart />
            <GapsChart />
            <ClvTables />
            <RfmCard />
        </section>
    }
}

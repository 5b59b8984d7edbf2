//! The roles a column can play, with their English names (the CLI's JSON keys) and typical header
//! names for messages. Which roles a kind of dataset uses is `Kind::roles`.

/// A role a column can play. Each kind of dataset uses some of them (`Kind::roles`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Customer,
    OrderDate,
    Amount,
    OrderId,
    Status,
    CancelledAt,
    /// When a survey response was submitted.
    ResponseDate,
    /// One survey question's answers (0–10, 1–5 … or labels); several columns may play it.
    Score,
    Comment,
    Segment,
    /// Typeform's completed / partial.
    ResponseType,
    /// A sentiment label a survey or text-analytics tool filled in (Positive, منفی, محايد).
    Sentiment,
    /// When a ticket or checkout was created.
    Created,
    /// When a ticket was solved or closed.
    Solved,
    /// Agent replies or messages of a ticket.
    Replies,
    /// Customer messages of a ticket.
    CustomerReplies,
    Reopens,
    /// A ticket's satisfaction rating.
    Satisfaction,
    FirstResponse,
    ResolutionTime,
    Tags,
    /// When a subscription started.
    Start,
    /// When a subscription ended.
    End,
    Quantity,
    Interval,
    Plan,
    CheckoutId,
    /// When a checkout was completed (became an order).
    Completed,
    RecoveryStatus,
}

impl Role {
    /// Every role: those of orders first, in the order the import wizard lists them, then those
    /// of the other kinds.
    pub const ALL: [Role; 29] = [
        Role::Customer,
        Role::OrderDate,
        Role::Amount,
        Role::OrderId,
        Role::Status,
        Role::CancelledAt,
        Role::Segment,
        Role::ResponseDate,
        Role::Score,
        Role::Comment,
        Role::ResponseType,
        Role::Sentiment,
        Role::Created,
        Role::Solved,
        Role::Replies,
        Role::CustomerReplies,
        Role::Reopens,
        Role::Satisfaction,
        Role::FirstResponse,
        Role::ResolutionTime,
        Role::Tags,
        Role::Start,
        Role::End,
        Role::Quantity,
        Role::Interval,
        Role::Plan,
        Role::CheckoutId,
        Role::Completed,
        Role::RecoveryStatus,
    ];

    /// The role in short English words, e.g. `order date`; also its key in the CLI's JSON.
    pub fn name(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::OrderDate => "order date",
            Role::Amount => "amount",
            Role::OrderId => "order id",
            Role::Status => "status",
            Role::CancelledAt => "cancelled at",
            Role::ResponseDate => "response date",
            Role::Score => "score",
            Role::Comment => "comment",
            Role::Segment => "segment",
            Role::ResponseType => "response type",
            Role::Sentiment => "sentiment",
            Role::Created => "created",
            Role::Solved => "solved at",
            Role::Replies => "replies",
            Role::CustomerReplies => "customer replies",
            Role::Reopens => "reopens",
            Role::Satisfaction => "satisfaction",
            Role::FirstResponse => "first response time",
            Role::ResolutionTime => "resolution time",
            Role::Tags => "tags",
            Role::Start => "start",
            Role::End => "ended at",
            Role::Quantity => "quantity",
            Role::Interval => "interval",
            Role::Plan => "plan",
            Role::CheckoutId => "checkout id",
            Role::Completed => "completed at",
            Role::RecoveryStatus => "recovery status",
        }
    }

    /// Typical header names, for messages.
    pub fn examples(self) -> &'static str {
        match self {
            Role::Customer => "Email, customer_id, تلفن همراه",
            Role::OrderDate => "Created at, order_date, تاریخ سفارش",
            Role::Amount => "Total, amount, مبلغ کل",
            Role::OrderId => "Name, Order Number, order_id",
            Role::Status => "Financial Status, Order Status",
            Role::CancelledAt => "Cancelled at",
            Role::ResponseDate => "Submit Date, Timestamp, زمان ثبت",
            Role::Score => "Score, How likely are you to recommend us?",
            Role::Comment => "Comment, What's the main reason for your score?",
            Role::Segment => "Segment, Source, City, شهر, المدينة",
            Role::ResponseType => "Response Type",
            Role::Sentiment => "Sentiment, Tone, احساس, المشاعر",
            Role::Created => "Created at, Created time, تاریخ ایجاد",
            Role::Solved => "Solved at, Resolved time, تاریخ بسته شدن",
            Role::Replies => "Replies, Agent interactions, تعداد پیام",
            Role::CustomerReplies => "Customer interactions",
            Role::Reopens => "Reopens",
            Role::Satisfaction => "Satisfaction Score, Survey results, امتیاز رضایت",
            Role::FirstResponse => "First reply time in minutes, First response time (in hrs)",
            Role::ResolutionTime => "Full resolution time in minutes, Resolution time (in hrs)",
            Role::Tags => "Tags",
            Role::Start => "Start Date, started_at",
            Role::End => "Ended At, end_date",
            Role::Quantity => "Quantity",
            Role::Interval => "Interval",
            Role::Plan => "Product, Plan",
            Role::CheckoutId => "Id, checkout_id",
            Role::Completed => "Completed at",
            Role::RecoveryStatus => "Recovery status",
        }
    }
}

impl std::fmt::Display for Role {
    /// The role in English words, e.g. `order date (e.g. Created at, …)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (e.g. {})", self.name(), self.examples())
    }
}

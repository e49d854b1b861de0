//! Builds plausible values from a JSON Schema.
//!
//! Every property is filled: by `const`/`enum` first, then by format, then by
//! what its name says (`email`, `city`, `energy`, `…At`), and only last by
//! type. Foreign keys (`locationId`, `userGroupIds`) point into the top-level
//! collection they name, whose ids run from 1 to its seeded size.

use rand::seq::IndexedRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde_json::{json, Map, Value};
use time::{Duration, OffsetDateTime};

use crate::clock::{format_date, format_time};
use crate::vocab::{CITIES, FIRST_NAMES, LAST_NAMES, NOUN_WORDS, REASONS, SENTENCES};

/// Deepest nesting filled; below it objects stay empty and arrays short.
const MAX_DEPTH: usize = 7;

/// Tells how many records a top-level collection was seeded with.
pub trait Sizes {
    /// Seeded size of `collection` (e.g. `users`), if it is a known collection.
    fn size_of(&self, collection: &str) -> Option<u64>;
}

pub struct Synth<'a> {
    pub rng: &'a mut ChaCha8Rng,
    pub sizes: &'a dyn Sizes,
    pub now: OffsetDateTime,
    /// Words naming the collection the record belongs to, e.g. `Tariff Group`.
    pub noun: String,
}

impl Synth<'_> {
    /// A record for `schema`.
    pub fn record(&mut self, schema: &Value) -> Value {
        self.value(schema, "", 0)
    }

    pub fn value(&mut self, schema: &Value, name: &str, depth: usize) -> Value {
        if let Some(constant) = schema.get("const") {
            return constant.clone();
        }
        if let Some(options) = schema.get("enum").and_then(Value::as_array) {
            let present: Vec<&Value> = options.iter().filter(|v| !v.is_null()).collect();
            return present
                .choose(self.rng)
                .map_or(Value::Null, |v| (*v).clone());
        }
        if let Some(branches) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for branch in branches {
                match self.value(branch, name, depth) {
                    Value::Object(part) => {
                        for (key, value) in part {
                            // A part that pins a field (`type: {enum: [update]}`)
                            // outranks one that only types it.
                            let pinned = crate::catalog::property(branch, &key).is_some_and(|p| {
                                p.get("enum").is_some() || p.get("const").is_some()
                            });
                            if pinned {
                                merged.insert(key, value);
                            } else {
                                merged.entry(key).or_insert(value);
                            }
                        }
                    }
                    // `allOf` around one scalar schema (`{allOf: [{type: string}]}`).
                    scalar => return scalar,
                }
            }
            if let Value::Object(own) = self.object(schema, name, depth) {
                for (key, value) in own {
                    merged.entry(key).or_insert(value);
                }
            }
            return Value::Object(merged);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = schema.get(key).and_then(Value::as_array) {
                let chosen = branches
                    .iter()
                    .find(|b| b.get("type") != Some(&json!("null")));
                let mut value = chosen.map_or(Value::Null, |b| self.value(b, name, depth));
                // Properties beside the branches belong to every branch.
                if let (Value::Object(map), Value::Object(own)) =
                    (&mut value, self.object(schema, name, depth))
                {
                    for (field, own_value) in own {
                        map.entry(field).or_insert(own_value);
                    }
                }
                return value;
            }
        }
        match primary_type(schema) {
            Some("object") => self.object(schema, name, depth),
            Some("array") => self.array(schema, name, depth),
            Some("string") => Value::String(self.string(schema, name)),
            Some("integer") => json!(self.integer(schema, name)),
            Some("number") => json!(self.number(schema, name)),
            Some("boolean") => json!(self.rng.random_bool(0.6)),
            Some("null") => Value::Null,
            _ if schema.get("properties").is_some() => self.object(schema, name, depth),
            _ => Value::String(self.string(schema, name)),
        }
    }

    fn object(&mut self, schema: &Value, name: &str, depth: usize) -> Value {
        let mut out = Map::new();
        if depth >= MAX_DEPTH {
            return Value::Object(out);
        }
        if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
            for (key, property) in properties {
                let value = self.value(property, key, depth + 1);
                out.insert(key.clone(), value);
            }
        }
        // A translation names what its parent field holds: a plan's `name`
        // gets a name, its `description` a sentence.
        if out.contains_key("locale") && out.contains_key("translation") {
            let lower = name.to_ascii_lowercase();
            if lower.contains("name") || lower.contains("title") || lower.contains("label") {
                let word = NOUN_WORDS.choose(self.rng).expect("words");
                out.insert(
                    "translation".to_owned(),
                    Value::String(format!("{word} {}", self.noun)),
                );
            }
        }
        Value::Object(out)
    }

    fn array(&mut self, schema: &Value, name: &str, depth: usize) -> Value {
        let Some(items) = schema.get("items") else {
            return json!([]);
        };
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let max = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .unwrap_or(3)
            .max(min);
        // Records stay small: nested lists get one entry, a record's own lists one or two.
        let most = if depth > 1 { 1 } else { 2 };
        let count = if depth >= MAX_DEPTH {
            min
        } else {
            self.rng
                .random_range(min.max(1)..=max.min(most).max(min.max(1)))
        };
        let singular = name
            .strip_suffix("Ids")
            .map(|s| format!("{s}Id"))
            .unwrap_or_else(|| name.trim_end_matches('s').to_owned());
        let mut values: Vec<Value> = Vec::new();
        for _ in 0..count {
            let value = self.value(items, &singular, depth + 1);
            // A list of record ids names each record once (a tariff group's tariffIds), as
            // a real tenant's does, whether or not the spec says uniqueItems.
            let unique = schema.get("uniqueItems") == Some(&json!(true)) || name.ends_with("Ids");
            if unique && values.contains(&value) {
                continue;
            }
            values.push(value);
        }
        Value::Array(values)
    }

    fn string(&mut self, schema: &Value, name: &str) -> String {
        let text = self.string_unbounded(schema, name);
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map(|n| n as usize);
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let mut text: String = match max {
            Some(max) => text.chars().take(max).collect(),
            None => text,
        };
        while text.chars().count() < min {
            text.push('0');
        }
        text
    }

    fn string_unbounded(&mut self, schema: &Value, name: &str) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let lower = name.to_ascii_lowercase();
        match format {
            "date-time" => return crate::clock::format_datetime(self.past_time()),
            "date" => return format_date(self.past_time()),
            "time" => {
                return format_time(
                    self.rng.random_range(6..22),
                    [0, 15, 30, 45][self.rng.random_range(0..4)],
                )
            }
            "email" => return self.email(),
            "uri" | "url" => {
                return format!(
                    "https://demo.plugdesk.example/{}/{}",
                    kebab(name),
                    self.rng.random_range(1000..9999)
                )
            }
            "uuid" => return self.uuid(),
            "ipv4" => {
                return format!(
                    "10.{}.{}.{}",
                    self.rng.random_range(0..255),
                    self.rng.random_range(0..255),
                    self.rng.random_range(1..255)
                )
            }
            _ => {}
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str) {
            // The spec's patterns are clock times (`HH:MM`, `HH:MM:SS`) and country codes.
            let colons = pattern.matches(':').count() - pattern.matches("?:").count();
            let time = format_time(
                self.rng.random_range(6..22),
                [0, 15, 30, 45][self.rng.random_range(0..4)],
            );
            match colons {
                0 if pattern == "^[A-Z]{2}$" => {
                    return CITIES.choose(self.rng).expect("cities").country.to_owned()
                }
                1 => return time,
                2 => return format!("{time}:00"),
                _ => {}
            }
        }
        if let Some(text) = self.named_text(&lower) {
            return text;
        }
        let city = CITIES.choose(self.rng).expect("cities");
        if lower.ends_with("at") && lower.len() > 3 && !lower.ends_with("format")
            || lower.ends_with("date")
        {
            return crate::clock::format_datetime(self.past_time());
        }
        match () {
            _ if lower.contains("email") => self.email(),
            _ if lower.contains("phone") || lower.contains("mobile") => format!(
                "{} {} {:04}",
                city.phone_prefix,
                self.rng.random_range(100..999),
                self.rng.random_range(0..9999)
            ),
            _ if lower == "firstname" => FIRST_NAMES.choose(self.rng).expect("names").to_string(),
            _ if lower == "lastname" => LAST_NAMES.choose(self.rng).expect("names").to_string(),
            _ if lower == "middlename" => {
                "".to_owned() + FIRST_NAMES.choose(self.rng).expect("names")
            }
            _ if lower.contains("city") => city.name.to_owned(),
            _ if lower.contains("country") => city.country.to_owned(),
            _ if lower.contains("postcode") || lower.contains("zip") => {
                format!("{}{}", city.post_code, self.rng.random_range(0..9))
            }
            _ if lower.contains("address") || lower.contains("street") => {
                format!(
                    "{} {}",
                    city.streets.choose(self.rng).expect("streets"),
                    self.rng.random_range(1..180)
                )
            }
            _ if lower == "state" || lower.contains("region") => city.name.to_owned(),
            _ if lower.contains("currency") => city.currency.to_owned(),
            _ if lower.contains("locale") || lower.contains("language") => city.locale.to_owned(),
            _ if lower.contains("timezone") => city.timezone.to_owned(),
            _ if lower.contains("vendor") => crate::vocab::HARDWARE
                .choose(self.rng)
                .expect("hardware")
                .vendor
                .to_owned(),
            _ if lower.contains("model") => crate::vocab::HARDWARE
                .choose(self.rng)
                .expect("hardware")
                .model
                .to_owned(),
            _ if lower.contains("firmware") || lower.contains("version") => format!(
                "{}.{}.{}",
                self.rng.random_range(1..6),
                self.rng.random_range(0..12),
                self.rng.random_range(0..30)
            ),
            _ if lower.contains("serial") => {
                format!("SN{:08}", self.rng.random_range(10_000_000..99_999_999))
            }
            _ if lower.contains("iccid") => format!(
                "8931{:015}",
                self.rng.random_range(0..999_999_999_999_999u64)
            ),
            _ if lower.contains("imsi") => {
                format!("204{:012}", self.rng.random_range(0..999_999_999_999u64))
            }
            _ if lower.contains("uid")
                || lower.contains("idtag")
                || lower.contains("token")
                || lower.contains("secret")
                || lower.contains("key")
                || lower.contains("password")
                || lower.contains("hash") =>
            {
                self.hex(if lower.contains("uid") { 8 } else { 16 })
            }
            _ if lower.contains("iban") => format!(
                "NL{:02}DEMO{:010}",
                self.rng.random_range(10..99),
                self.rng.random_range(0..9_999_999_999u64)
            ),
            _ if lower.contains("url") || lower.contains("link") || lower.contains("website") => {
                format!("https://demo.plugdesk.example/{}", kebab(name))
            }
            _ if lower.contains("externalid")
                || lower.ends_with("ref")
                || lower.contains("reference") =>
            {
                format!("{}-{:05}", initials(name), self.rng.random_range(1..99_999))
            }
            _ if lower.ends_with("id")
                || lower.ends_with("number")
                || lower.ends_with("no")
                || lower.contains("code") =>
            {
                format!(
                    "{}{:06}",
                    initials(&self.noun),
                    self.rng.random_range(1..999_999)
                )
            }
            _ if lower.contains("description")
                || lower.contains("message")
                || lower.contains("note")
                || lower.contains("comment")
                || lower.contains("content")
                || lower.contains("summary")
                || lower.contains("text")
                || lower.contains("translation") =>
            {
                SENTENCES.choose(self.rng).expect("sentences").to_string()
            }
            _ if lower.contains("color") || lower.contains("colour") => format!("#{}", self.hex(6)),
            _ if lower.contains("company")
                || lower.contains("partner")
                || lower.contains("operator")
                || lower.contains("provider") =>
            {
                format!(
                    "{} {} {}",
                    city.name,
                    ["Energy", "Mobility", "Charging", "Fleet"][self.rng.random_range(0..4)],
                    ["B.V.", "GmbH", "Ltd", "SAS"][self.rng.random_range(0..4)]
                )
            }
            _ if lower.contains("name")
                || lower.contains("title")
                || lower.contains("label")
                || lower.is_empty() =>
            {
                format!(
                    "{} {}",
                    NOUN_WORDS.choose(self.rng).expect("words"),
                    self.noun
                )
            }
            _ => format!("{} {}", words(name), self.rng.random_range(1..100)),
        }
    }

    /// Text for field names the spec uses often whose meaning is clear.
    fn named_text(&mut self, lower: &str) -> Option<String> {
        let rng = &mut *self.rng;
        let mut one_of = |options: &[&str]| Some(options.choose(rng).expect("options").to_string());
        let text = match lower {
            "rejectionreason" | "failurereason" | "reason" => one_of(REASONS),
            "notice" | "outcomedetails" | "info" | "details" | "techinfo" => one_of(SENTENCES),
            "tag" => one_of(&["fast", "covered", "24/7", "fleet", "public", "solar"]),
            "mimetype" => one_of(&["image/jpeg", "image/png"]),
            "capabilitie" | "capability" => one_of(&[
                "RemoteStartStop",
                "Reservation",
                "UnlockConnector",
                "ChargingProfile",
            ]),
            "type" | "function" | "field" | "component" | "base" | "target" | "origin"
            | "service" => one_of(&["standard", "default", "primary", "internal", "external"]),
            "role" | "platformrole" => one_of(&["cpo", "emsp", "hub"]),
            "status" => one_of(&["active", "inactive"]),
            "bankaccounttype" => one_of(&["checking", "savings"]),
            "paymentmethod" | "authmethod" => one_of(&["card", "rfid", "app"]),
            "networkport" => one_of(&["8080", "443", "9000"]),
            "metertype" | "meter_type" => one_of(&["Eastron SDM630", "Iskra WM3M4", "ABB B23"]),
            "maxvoltage" => one_of(&["230", "400"]),
            "evseidprefix" => one_of(&["NL*PLG", "DE*PLG", "BG*PLG"]),
            "duration" | "period" => one_of(&["PT30M", "PT1H", "PT2H", "P1D"]),
            "day" => one_of(&[
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
            ]),
            "instance" | "componentinstance" | "variableinstance" => one_of(&["main", "1", "2"]),
            "priceinformation"
            | "defaultpriceinformation"
            | "defaultpriceinformationoffline"
            | "totalcostinformation"
            | "roamingtariffhumanreadable"
            | "externaltariffintegration" => one_of(&[
                "€0.39 per kWh",
                "€0.59 per kWh, €0.10 per minute after 2 hours",
                "€0.45 per kWh + €0.50 per session",
            ]),
            "applytouserswithgroup" => one_of(&["all", "selected"]),
            "connectortype" => one_of(&["type2", "ccs2", "chademo"]),
            "currenttype" => one_of(&["ac", "dc"]),
            "vehicletype" => one_of(&["private_car", "company_car"]),
            "metervalueinbetween" => one_of(&["true", "false"]),
            "meteringsignatureencodingformat" => one_of(&["base64", "hex"]),
            "signedmeteringvaluesverificationinstruction" => one_of(&[
                "Verify the signed meter values with the transparency software of the meter vendor.",
            ]),
            "endpoint" | "broker" => Some("mqtts://broker.demo.plugdesk.example:8883".to_owned()),
            "topic" => Some("plugdesk/demo/events".to_owned()),
            "prefix" => Some("€".to_owned()),
            "suffix" => Some(String::new()),
            "minorunitsign" => Some("c".to_owned()),
            _ => None,
        };
        if text.is_some() {
            return text;
        }
        Some(match lower {
            "contactperson" | "createdby" | "client" | "owner" => {
                let first = FIRST_NAMES.choose(self.rng).expect("names");
                format!("{first} {}", LAST_NAMES.choose(self.rng).expect("names"))
            }
            "pin" | "last4" => format!("{:04}", self.rng.random_range(0..10_000)),
            "original" | "thumbnail" => format!(
                "https://demo.plugdesk.example/images/{}-{lower}.jpg",
                self.rng.random_range(100..999)
            ),
            "value" => self.rng.random_range(1..120).to_string(),
            "ip" | "networkip" => format!(
                "10.{}.{}.{}",
                self.rng.random_range(0..255),
                self.rng.random_range(0..255),
                self.rng.random_range(1..255)
            ),
            "expmonth" => format!("{:02}", self.rng.random_range(1..=12)),
            "expyear" => self.rng.random_range(2027..2032).to_string(),
            "timestamp" => crate::clock::format_datetime(self.past_time()),
            "starthour" | "endhour" => format_time(self.rng.random_range(0..24), 0),
            "salt"
            | "signature"
            | "signingcertificate"
            | "meteringsignature"
            | "signedmeteringvalue"
            | "authorization" => self.hex(32),
            "merchantaccount" => format!("PlugdeskDemo{}", self.rng.random_range(1..9)),
            _ => return None,
        })
    }

    fn integer(&mut self, schema: &Value, name: &str) -> i64 {
        let lower = name.to_ascii_lowercase();
        let minimum = schema.get("minimum").and_then(Value::as_i64);
        let maximum = schema.get("maximum").and_then(Value::as_i64);
        let (low, high) = if let Some(size) = self.foreign_size(name) {
            (1, size.max(1) as i64)
        } else if lower.contains("year") {
            (2020, 2030)
        } else if lower.contains("percent") || lower.contains("soc") {
            (5, 100)
        } else if lower.contains("priority")
            || lower.contains("level")
            || lower.contains("order")
            || lower.contains("position")
        {
            (0, 9)
        } else if lower.contains("duration")
            || lower.contains("minutes")
            || lower.contains("seconds")
            || lower.contains("timeout")
        {
            (30, 3600)
        } else if lower.contains("power") || lower.contains("current") || lower.contains("amperage")
        {
            (16, 63)
        } else if lower.contains("voltage") {
            (230, 400)
        } else if lower.contains("port") {
            (1, 65535)
        } else {
            (1, 100)
        };
        let low = minimum.map_or(low, |m| m.max(low).min(maximum.unwrap_or(i64::MAX)));
        let high = maximum.map_or(high, |m| m.min(high)).max(low);
        self.rng.random_range(low..=high)
    }

    fn number(&mut self, schema: &Value, name: &str) -> f64 {
        // Some ids are typed `number` (a circuit's electricityMeterId): still whole record ids.
        if name.ends_with("Id") {
            let size = self.foreign_size(name).unwrap_or(100).max(1);
            return self.rng.random_range(1..=size) as f64;
        }
        let lower = name.to_ascii_lowercase();
        let (low, high) = if lower.contains("lat") {
            (42.0, 56.0)
        } else if lower.contains("lon") || lower.contains("lng") {
            (4.0, 24.0)
        } else if lower.contains("energy") {
            (1_000.0, 60_000.0)
        } else if lower.contains("power") || lower.contains("kw") {
            (3.7, 150.0)
        } else if lower.contains("percent")
            || lower.contains("soc")
            || lower.contains("rate") && lower.contains("tax")
        {
            (5.0, 100.0)
        } else if lower.contains("price")
            || lower.contains("amount")
            || lower.contains("balance")
            || lower.contains("cost")
            || lower.contains("fee")
            || lower.contains("total")
        {
            (0.5, 80.0)
        } else {
            (1.0, 100.0)
        };
        let low = schema
            .get("minimum")
            .and_then(Value::as_f64)
            .map_or(low, |m| m.max(low));
        let high = schema
            .get("maximum")
            .and_then(Value::as_f64)
            .map_or(high, |m| m.min(high))
            .max(low);
        let value = self.rng.random_range(low..=high);
        if let Some(step) = schema.get("multipleOf").and_then(Value::as_f64) {
            // Whole steps of at least 1; whole numbers for finer steps, which
            // are multiples of them without float rounding trouble.
            let step = step.max(1.0).round();
            let steps = (value / step)
                .round()
                .clamp((low / step).ceil(), (high / step).floor());
            return steps * step;
        }
        (value * 100.0).round() / 100.0
    }

    /// The seeded size of the collection a `…Id` field points into.
    fn foreign_size(&self, name: &str) -> Option<u64> {
        if name == "id" {
            return None;
        }
        let stem = name
            .strip_suffix("Id")
            .or_else(|| name.strip_suffix("Ids"))?;
        naming::plural_forms(&kebab(stem))
            .iter()
            .find_map(|collection| self.sizes.size_of(collection))
    }

    fn past_time(&mut self) -> OffsetDateTime {
        let seconds = self.rng.random_range(3_600..365 * 24 * 3_600);
        self.now - Duration::seconds(seconds)
    }

    pub fn email(&mut self) -> String {
        let first = FIRST_NAMES.choose(self.rng).expect("names");
        let last = LAST_NAMES.choose(self.rng).expect("names");
        format!(
            "{}.{}{}@example.com",
            ascii_slug(first),
            ascii_slug(last),
            self.rng.random_range(1..999)
        )
    }

    fn uuid(&mut self) -> String {
        let hex = self.hex(32);
        format!(
            "{}-{}-4{}-a{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[13..16],
            &hex[17..20],
            &hex[20..32]
        )
    }

    fn hex(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| {
                char::from_digit(self.rng.random_range(0..16), 16)
                    .expect("hex digit")
                    .to_ascii_uppercase()
            })
            .collect()
    }
}

/// An example value for `schema` (e.g. a request body), the same for every `seed`.
pub fn example(schema: &Value, seed: u64) -> Value {
    let mut rng = <ChaCha8Rng as rand::SeedableRng>::seed_from_u64(seed);
    let sizes = std::collections::HashMap::<String, u64>::new();
    let mut synth = Synth {
        rng: &mut rng,
        sizes: &sizes,
        now: OffsetDateTime::now_utc(),
        noun: "Demo".to_owned(),
    };
    synth.record(schema)
}

/// The first type named by `type`, skipping `null`.
pub fn primary_type(schema: &Value) -> Option<&str> {
    match schema.get("type")? {
        Value::String(t) => Some(t.as_str()),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .or(Some("null")),
        _ => None,
    }
}

/// `userGroup` → `user-group`.
pub fn kebab(name: &str) -> String {
    let mut out = String::new();
    for (index, ch) in name.chars().enumerate() {
        if ch.is_ascii_uppercase() {
            if index > 0 {
                out.push('-');
            }
            out.push(ch.to_ascii_lowercase());
        } else {
            out.push(ch);
        }
    }
    out
}

/// `chargePointId` → `Charge Point Id`; `charge-points` → `Charge Points`.
pub fn words(name: &str) -> String {
    kebab(name)
        .split(['-', '_'])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn initials(name: &str) -> String {
    let letters: String = words(name)
        .split(' ')
        .filter_map(|w| w.chars().next())
        .collect();
    if letters.is_empty() {
        "DM".to_owned()
    } else {
        letters.to_ascii_uppercase()
    }
}

fn ascii_slug(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_typed_as_numbers_are_whole() {
        let schema = json!({
            "type": "object",
            "properties": {
                "electricityMeterId": {"type": "number"},
                "maxPower": {"type": "number"}
            }
        });
        for seed in 0..20 {
            let record = example(&schema, seed);
            let id = record["electricityMeterId"].as_f64().unwrap();
            assert_eq!(id.fract(), 0.0, "seed {seed}: {id}");
            assert!(id >= 1.0);
        }
    }
}

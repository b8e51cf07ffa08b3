//! Numbers and dates as the language writes them: `1.4` and `2026-11-30` in English reports
//! (the ISO date a client can sort), `1,4` and `30.11.2026` in German ones.

use jiff::civil::Date;

use super::Lang;

impl Lang {
    /// `value` with `places` decimals: 1.4 or 1,4.
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Lang::De => text.replace('.', ","),
            Lang::En | Lang::Pseudo => text,
        }
    }

    /// A percentage (`percent` already in hundredths, shown without decimals) as the language
    /// writes it: "43%", or "43 %" with a no-break space in German.
    pub fn percent(self, percent: f64) -> String {
        match self {
            Lang::De => format!("{percent:.0}\u{a0}%"),
            Lang::En | Lang::Pseudo => format!("{percent:.0}%"),
        }
    }

    /// The character between the whole and the decimal part.
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::De => ',',
            Lang::En | Lang::Pseudo => '.',
        }
    }

    /// A date as the language writes it in prose and tables: 2026-11-30 or 30.11.2026.
    pub fn date(self, date: Date) -> String {
        match self {
            Lang::De => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
            Lang::En | Lang::Pseudo => date.to_string(),
        }
    }

    /// A stored date (ISO `YYYY-MM-DD`) as the language writes it; text that is not such a
    /// date is returned as it is.
    pub fn date_text(self, iso: &str) -> String {
        match iso.parse::<Date>() {
            Ok(date) if iso.len() == 10 => self.date(date),
            _ => iso.to_string(),
        }
    }

    /// The field delimiter CSV files default to: `;` where the comma is the decimal
    /// separator, so that spreadsheets of that locale open the file in columns.
    pub fn csv_delimiter(self) -> u8 {
        match self.decimal_separator() {
            ',' => b';',
            _ => b',',
        }
    }

    /// A whole number with the language's thousands separator: 1,250 or 1.250.
    pub fn integer(self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let sep = match self {
            Lang::De => '.',
            Lang::En | Lang::Pseudo => ',',
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if value < 0 {
            out.push('-');
        }
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
        out
    }
}

//! Charts as SVG written on the server: readable without JavaScript, named for screen readers by
//! `<title>` and `<desc>` (which also lists the values), and printed as they look.
//!
//! The SVG is built as text (escaped) rather than through `view!`, whose tag table would take
//! `<title>` inside an `<svg>` for the document's title.

use leptos::prelude::*;

/// Escapes text for XML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Shortens a label to `max` characters, with an ellipsis.
fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max - 1).collect();
        out.push('…');
        out
    }
}

/// One bar: its label, value, and the value as shown.
pub struct BarDatum {
    pub label: String,
    pub value: i64,
    pub shown: String,
}

const WIDTH: i64 = 640;

fn open_svg(id: &str, title: &str, desc: &str, height: i64) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {WIDTH} {height}\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"chart-svg\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        esc(title),
        esc(desc)
    )
}

/// The values a chart shows, as a sentence for its `<desc>`.
fn describe(pairs: impl Iterator<Item = (String, String)>) -> String {
    pairs
        .map(|(k, v)| format!("{k}: {v}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A horizontal bar chart.
pub fn bar_chart_svg(id: &str, title: &str, empty: &str, bars: &[BarDatum]) -> String {
    let row = 26;
    let (label_w, value_w) = (200, 120);
    let plot = WIDTH - label_w - value_w;
    let height = (bars.len() as i64 * row).max(row) + 8;
    let desc = if bars.is_empty() {
        empty.to_owned()
    } else {
        describe(bars.iter().map(|b| (b.label.clone(), b.shown.clone())))
    };
    let mut svg = open_svg(id, title, &desc, height);
    if bars.is_empty() {
        svg.push_str(&format!(
            "<text x=\"8\" y=\"20\" class=\"chart-empty\">{}</text>",
            esc(empty)
        ));
    }
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    for (i, b) in bars.iter().enumerate() {
        let y = 4 + i as i64 * row;
        let w = if b.value > 0 {
            (b.value * plot / max).max(2)
        } else {
            0
        };
        svg.push_str(&format!(
            "<g class=\"bar\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart-label\">{}</text>\
             <rect x=\"{label_w}\" y=\"{}\" width=\"{w}\" height=\"{}\" rx=\"2\"><title>{}</title></rect>\
             <text x=\"{}\" y=\"{}\" class=\"chart-value\">{}</text></g>",
            label_w - 8,
            y + 17,
            esc(&clip(&b.label, 28)),
            y + 3,
            row - 8,
            esc(&format!("{}: {}", b.label, b.shown)),
            label_w + w + 6,
            y + 17,
            esc(&b.shown),
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// One line of a line chart: its name, CSS class (colour) and a value per x label.
pub struct Series {
    pub name: String,
    pub class: &'static str,
    pub values: Vec<i64>,
}

/// A line chart over labelled points (months); `shown` formats a value for axes and descriptions.
pub fn line_chart_svg(
    id: &str,
    title: &str,
    x_labels: &[String],
    series: &[Series],
    shown: &dyn Fn(i64) -> String,
) -> String {
    let height = 260;
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    // Room on the left for the longest axis label (about 8 units a character at this size).
    let widest = [0, max / 2, max]
        .iter()
        .map(|v| shown(*v).chars().count() as i64)
        .max()
        .unwrap_or(1);
    let (left, right, top, bottom) = ((widest * 8 + 16).clamp(60, 200), 16, 16, 40);
    let plot_w = WIDTH - left - right;
    let plot_h = height - top - bottom;
    let desc = series
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s.name,
                describe(x_labels.iter().cloned().zip(s.values.iter().map(|v| shown(*v))))
            )
        })
        .collect::<Vec<_>>()
        .join(". ");
    let mut svg = open_svg(id, title, &desc, height);
    let x_of = |i: usize| -> i64 {
        if x_labels.len() <= 1 {
            left + plot_w / 2
        } else {
            left + i as i64 * plot_w / (x_labels.len() as i64 - 1)
        }
    };
    let y_of = |v: i64| -> i64 { top + plot_h - v * plot_h / max };
    for tick in [0, max / 2, max] {
        let y = y_of(tick);
        svg.push_str(&format!(
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" class=\"chart-grid\"/>\
             <text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"chart-axis\">{}</text>",
            WIDTH - right,
            left - 6,
            y + 4,
            esc(&shown(tick)),
        ));
    }
    // At most about six labels fit under the plot; the points keep their own titles.
    let step = x_labels.len().div_ceil(6).max(1);
    for (i, label) in x_labels.iter().enumerate() {
        if i % step == 0 {
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"chart-axis\">{}</text>",
                x_of(i),
                height - bottom + 18,
                esc(label),
            ));
        }
    }
    for s in series {
        let points: Vec<String> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{},{}", x_of(i), y_of(*v)))
            .collect();
        svg.push_str(&format!(
            "<g class=\"series {}\"><polyline fill=\"none\" points=\"{}\"/>",
            s.class,
            points.join(" ")
        ));
        for (i, v) in s.values.iter().enumerate() {
            let label = x_labels.get(i).cloned().unwrap_or_default();
            svg.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"3.5\"><title>{}</title></circle>",
                x_of(i),
                y_of(*v),
                esc(&format!("{} {label}: {}", s.name, shown(*v))),
            ));
        }
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// A chart with its heading, legend (for line charts) and CSV link.
#[component]
pub fn ChartFigure(
    /// The heading.
    title: String,
    /// The SVG, built by `bar_chart_svg` or `line_chart_svg`.
    svg: String,
    /// Where the chart's CSV is downloaded.
    csv_href: String,
    /// The link's text.
    csv_label: String,
    /// (name, CSS class) of each line, for line charts.
    #[prop(optional)]
    legend: Vec<(String, &'static str)>,
    #[prop(into)] testid: String,
) -> impl IntoView {
    view! {
        <figure class="chart card" data-testid=testid>
            <figcaption>
                <h2>{title}</h2>
                <a class="chart-csv" href=csv_href download="">{csv_label}</a>
            </figcaption>
            <div class="chart-body" inner_html=svg></div>
            {(!legend.is_empty()).then(|| view! {
                <ul class="chart-legend">
                    {legend.into_iter().map(|(name, class)| view! {
                        <li><span class=format!("swatch {class}") aria-hidden="true"></span>{name}</li>
                    }).collect_view()}
                </ul>
            })}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_are_titled_described_scaled_and_escaped() {
        let bars = [
            BarDatum {
                label: "Hà Nội".into(),
                value: 10,
                shown: "10".into(),
            },
            BarDatum {
                label: "<Sơn La>".into(),
                value: 5,
                shown: "5".into(),
            },
        ];
        let svg = bar_chart_svg("c1", "Cooperatives & provinces", "none", &bars);
        assert!(svg.contains("<title id=\"c1-title\">Cooperatives &amp; provinces</title>"));
        assert!(svg.contains("<desc id=\"c1-desc\">Hà Nội: 10; &lt;Sơn La&gt;: 5</desc>"));
        assert!(svg.contains("aria-labelledby=\"c1-title c1-desc\""));
        // The longest bar fills the plot (320 units); half the value, half the width.
        assert!(svg.contains("width=\"320\""));
        assert!(svg.contains("width=\"160\""));
        assert!(!svg.contains("<Sơn"));
    }

    #[test]
    fn an_empty_chart_says_so() {
        let svg = bar_chart_svg("c2", "T", "No data yet", &[]);
        assert!(svg.contains("<desc id=\"c2-desc\">No data yet</desc>"));
        assert!(svg.contains("chart-empty"));
    }

    #[test]
    fn lines_have_a_point_per_label() {
        let labels: Vec<String> = ["01/26", "02/26", "03/26"].map(String::from).to_vec();
        let series = [Series {
            name: "COD".into(),
            class: "s1",
            values: vec![0, 4, 2],
        }];
        let svg = line_chart_svg("c3", "Orders", &labels, &series, &|v| v.to_string());
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(svg.contains("COD: 01/26: 0; 02/26: 4; 03/26: 2"));
        // x from 60 (short labels) to 624, the highest value at the top (y = 16).
        assert!(svg.contains("points=\"60,220 342,16 624,118\""));
    }

    #[test]
    fn long_labels_are_clipped() {
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }
}

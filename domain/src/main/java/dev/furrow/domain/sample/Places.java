package dev.furrow.domain.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Catalogue: where visitors are, countries ranked by traffic (sampled Zipf-like) with one to four
 * cities each, as an IP lookup enrichment would report them.
 */
final class Places {

  /** One city: the geo fields 18-24 pre-rendered in UTF-8, its time zone and browser language. */
  record Place(String country, byte[] geoFields, byte[] timezone, byte[] language) {
    Place(String country, String geoFields, String timezone, String language) {
      this(country, ByteLine.utf8(geoFields), ByteLine.utf8(timezone), ByteLine.utf8(language));
    }
  }

  private static final String[][] ROWS = {
    // country, region, city, zip, latitude, longitude, region name, time zone, language
    {
      "US",
      "CA",
      "San Francisco",
      "94103",
      "37.7749",
      "-122.4194",
      "California",
      "America/Los_Angeles",
      "en-US"
    },
    {
      "US", "NY", "New York", "10001", "40.7128", "-74.006", "New York", "America/New_York", "en-US"
    },
    {"US", "TX", "Austin", "78701", "30.2672", "-97.7431", "Texas", "America/Chicago", "en-US"},
    {"US", "IL", "Chicago", "60601", "41.8781", "-87.6298", "Illinois", "America/Chicago", "en-US"},
    {"GB", "ENG", "London", "EC1A", "51.5074", "-0.1278", "England", "Europe/London", "en-GB"},
    {"GB", "ENG", "Manchester", "M1", "53.4808", "-2.2426", "England", "Europe/London", "en-GB"},
    {"GB", "SCT", "Edinburgh", "EH1", "55.9533", "-3.1883", "Scotland", "Europe/London", "en-GB"},
    {"FR", "IDF", "Paris", "75001", "48.8566", "2.3522", "Île-de-France", "Europe/Paris", "fr-FR"},
    {
      "FR",
      "ARA",
      "Lyon",
      "69001",
      "45.764",
      "4.8357",
      "Auvergne-Rhône-Alpes",
      "Europe/Paris",
      "fr-FR"
    },
    {"DE", "BE", "Berlin", "10115", "52.52", "13.405", "Berlin", "Europe/Berlin", "de-DE"},
    {"DE", "BY", "München", "80331", "48.1351", "11.582", "Bavaria", "Europe/Berlin", "de-DE"},
    {"CA", "ON", "Toronto", "M5H", "43.6532", "-79.3832", "Ontario", "America/Toronto", "en-CA"},
    {"CA", "QC", "Montréal", "H2Y", "45.5017", "-73.5673", "Quebec", "America/Toronto", "fr-CA"},
    {"IN", "MH", "Mumbai", "400001", "19.076", "72.8777", "Maharashtra", "Asia/Kolkata", "en-IN"},
    {"IN", "KA", "Bengaluru", "560001", "12.9716", "77.5946", "Karnataka", "Asia/Kolkata", "en-IN"},
    {
      "AU",
      "NSW",
      "Sydney",
      "2000",
      "-33.8688",
      "151.2093",
      "New South Wales",
      "Australia/Sydney",
      "en-AU"
    },
    {
      "AU",
      "VIC",
      "Melbourne",
      "3000",
      "-37.8136",
      "144.9631",
      "Victoria",
      "Australia/Melbourne",
      "en-AU"
    },
    {
      "NL",
      "NH",
      "Amsterdam",
      "1012",
      "52.3676",
      "4.9041",
      "North Holland",
      "Europe/Amsterdam",
      "nl-NL"
    },
    {"ES", "MD", "Madrid", "28001", "40.4168", "-3.7038", "Madrid", "Europe/Madrid", "es-ES"},
    {"IT", "25", "Milan", "20121", "45.4642", "9.19", "Lombardy", "Europe/Rome", "it-IT"},
    {
      "BR",
      "SP",
      "São Paulo",
      "01000-000",
      "-23.5505",
      "-46.6333",
      "São Paulo",
      "America/Sao_Paulo",
      "pt-BR"
    },
    {"JP", "13", "Tokyo", "100-0001", "35.6762", "139.6503", "Tokyo", "Asia/Tokyo", "ja-JP"},
    {
      "SE",
      "AB",
      "Stockholm",
      "111 20",
      "59.3293",
      "18.0686",
      "Stockholm County",
      "Europe/Stockholm",
      "sv-SE"
    },
    {"PL", "14", "Warsaw", "00-001", "52.2297", "21.0122", "Mazovia", "Europe/Warsaw", "pl-PL"},
    {"IE", "L", "Dublin", "D02", "53.3498", "-6.2603", "Leinster", "Europe/Dublin", "en-IE"},
    {"CH", "ZH", "Zürich", "8001", "47.3769", "8.5417", "Zurich", "Europe/Zurich", "de-CH"},
    {
      "BE",
      "BRU",
      "Brussels",
      "1000",
      "50.8503",
      "4.3517",
      "Brussels Capital",
      "Europe/Brussels",
      "fr-BE"
    },
    {
      "MX",
      "CMX",
      "Mexico City",
      "06000",
      "19.4326",
      "-99.1332",
      "Mexico City",
      "America/Mexico_City",
      "es-MX"
    },
    {
      "NZ",
      "AUK",
      "Auckland",
      "1010",
      "-36.8485",
      "174.7633",
      "Auckland",
      "Pacific/Auckland",
      "en-NZ"
    },
    {
      "SG",
      "01",
      "Singapore",
      "018956",
      "1.3521",
      "103.8198",
      "Central Singapore",
      "Asia/Singapore",
      "en-SG"
    },
  };

  /** Countries in traffic rank order; each entry lists that country's cities. */
  static final List<List<Place>> COUNTRIES = countries();

  /** A visitor whose IP address the lookup could not place: empty geo fields. */
  static final Place UNKNOWN = new Place("", "\t\t\t\t\t\t", "", "en-US");

  private Places() {}

  private static List<List<Place>> countries() {
    ArrayList<List<Place>> countries = new ArrayList<>();
    ArrayList<Place> current = new ArrayList<>();
    for (String[] row : ROWS) {
      if (!current.isEmpty() && !current.get(0).country().equals(row[0])) {
        countries.add(List.copyOf(current));
        current.clear();
      }
      String geo = String.join("\t", row[0], row[1], row[2], row[3], row[4], row[5], row[6]);
      current.add(new Place(row[0], geo, row[7], row[8]));
    }
    countries.add(List.copyOf(current));
    return List.copyOf(countries);
  }
}

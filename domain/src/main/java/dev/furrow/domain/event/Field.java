package dev.furrow.domain.event;

import java.util.List;

/**
 * The field catalogue: the 131 fields of a Snowplow enriched event, in TSV order.
 *
 * <p>This is the one place where the outside world's snake_case names live (TSV column names, JSON
 * keys, SQL columns). Types and maximum lengths follow the Scala Analytics SDK 3.x typed API.
 */
public enum Field {
  APP_ID("app_id", FieldType.STRING, false, 255),
  PLATFORM("platform", FieldType.STRING, false, 255),
  ETL_TSTAMP("etl_tstamp", FieldType.TIMESTAMP, false, 0),
  COLLECTOR_TSTAMP("collector_tstamp", FieldType.TIMESTAMP, true, 0),
  DVCE_CREATED_TSTAMP("dvce_created_tstamp", FieldType.TIMESTAMP, false, 0),
  EVENT("event", FieldType.STRING, false, 128),
  EVENT_ID("event_id", FieldType.UUID, true, 36),
  TXN_ID("txn_id", FieldType.INT, false, 0),
  NAME_TRACKER("name_tracker", FieldType.STRING, false, 128),
  V_TRACKER("v_tracker", FieldType.STRING, false, 100),
  V_COLLECTOR("v_collector", FieldType.STRING, true, 100),
  V_ETL("v_etl", FieldType.STRING, true, 100),
  USER_ID("user_id", FieldType.STRING, false, 255),
  USER_IPADDRESS("user_ipaddress", FieldType.STRING, false, 128),
  USER_FINGERPRINT("user_fingerprint", FieldType.STRING, false, 128),
  DOMAIN_USERID("domain_userid", FieldType.STRING, false, 128),
  DOMAIN_SESSIONIDX("domain_sessionidx", FieldType.INT, false, 0),
  NETWORK_USERID("network_userid", FieldType.STRING, false, 128),
  GEO_COUNTRY("geo_country", FieldType.STRING, false, 2),
  GEO_REGION("geo_region", FieldType.STRING, false, 3),
  GEO_CITY("geo_city", FieldType.STRING, false, 75),
  GEO_ZIPCODE("geo_zipcode", FieldType.STRING, false, 15),
  GEO_LATITUDE("geo_latitude", FieldType.DOUBLE, false, 0),
  GEO_LONGITUDE("geo_longitude", FieldType.DOUBLE, false, 0),
  GEO_REGION_NAME("geo_region_name", FieldType.STRING, false, 100),
  IP_ISP("ip_isp", FieldType.STRING, false, 100),
  IP_ORGANIZATION("ip_organization", FieldType.STRING, false, 128),
  IP_DOMAIN("ip_domain", FieldType.STRING, false, 128),
  IP_NETSPEED("ip_netspeed", FieldType.STRING, false, 100),
  PAGE_URL("page_url", FieldType.STRING, false, 4096),
  PAGE_TITLE("page_title", FieldType.STRING, false, 2000),
  PAGE_REFERRER("page_referrer", FieldType.STRING, false, 4096),
  PAGE_URLSCHEME("page_urlscheme", FieldType.STRING, false, 16),
  PAGE_URLHOST("page_urlhost", FieldType.STRING, false, 255),
  PAGE_URLPORT("page_urlport", FieldType.INT, false, 0),
  PAGE_URLPATH("page_urlpath", FieldType.STRING, false, 3000),
  PAGE_URLQUERY("page_urlquery", FieldType.STRING, false, 6000),
  PAGE_URLFRAGMENT("page_urlfragment", FieldType.STRING, false, 3000),
  REFR_URLSCHEME("refr_urlscheme", FieldType.STRING, false, 16),
  REFR_URLHOST("refr_urlhost", FieldType.STRING, false, 255),
  REFR_URLPORT("refr_urlport", FieldType.INT, false, 0),
  REFR_URLPATH("refr_urlpath", FieldType.STRING, false, 6000),
  REFR_URLQUERY("refr_urlquery", FieldType.STRING, false, 6000),
  REFR_URLFRAGMENT("refr_urlfragment", FieldType.STRING, false, 3000),
  REFR_MEDIUM("refr_medium", FieldType.STRING, false, 25),
  REFR_SOURCE("refr_source", FieldType.STRING, false, 50),
  REFR_TERM("refr_term", FieldType.STRING, false, 255),
  MKT_MEDIUM("mkt_medium", FieldType.STRING, false, 255),
  MKT_SOURCE("mkt_source", FieldType.STRING, false, 255),
  MKT_TERM("mkt_term", FieldType.STRING, false, 255),
  MKT_CONTENT("mkt_content", FieldType.STRING, false, 500),
  MKT_CAMPAIGN("mkt_campaign", FieldType.STRING, false, 255),
  CONTEXTS("contexts", FieldType.CONTEXTS, false, 0),
  SE_CATEGORY("se_category", FieldType.STRING, false, 1000),
  SE_ACTION("se_action", FieldType.STRING, false, 1000),
  SE_LABEL("se_label", FieldType.STRING, false, 4096),
  SE_PROPERTY("se_property", FieldType.STRING, false, 1000),
  SE_VALUE("se_value", FieldType.DOUBLE, false, 0),
  UNSTRUCT_EVENT("unstruct_event", FieldType.UNSTRUCT, false, 0),
  TR_ORDERID("tr_orderid", FieldType.STRING, false, 255),
  TR_AFFILIATION("tr_affiliation", FieldType.STRING, false, 255),
  TR_TOTAL("tr_total", FieldType.DOUBLE, false, 0),
  TR_TAX("tr_tax", FieldType.DOUBLE, false, 0),
  TR_SHIPPING("tr_shipping", FieldType.DOUBLE, false, 0),
  TR_CITY("tr_city", FieldType.STRING, false, 255),
  TR_STATE("tr_state", FieldType.STRING, false, 255),
  TR_COUNTRY("tr_country", FieldType.STRING, false, 255),
  TI_ORDERID("ti_orderid", FieldType.STRING, false, 255),
  TI_SKU("ti_sku", FieldType.STRING, false, 255),
  TI_NAME("ti_name", FieldType.STRING, false, 255),
  TI_CATEGORY("ti_category", FieldType.STRING, false, 255),
  TI_PRICE("ti_price", FieldType.DOUBLE, false, 0),
  TI_QUANTITY("ti_quantity", FieldType.INT, false, 0),
  PP_XOFFSET_MIN("pp_xoffset_min", FieldType.INT, false, 0),
  PP_XOFFSET_MAX("pp_xoffset_max", FieldType.INT, false, 0),
  PP_YOFFSET_MIN("pp_yoffset_min", FieldType.INT, false, 0),
  PP_YOFFSET_MAX("pp_yoffset_max", FieldType.INT, false, 0),
  USERAGENT("useragent", FieldType.STRING, false, 1000),
  BR_NAME("br_name", FieldType.STRING, false, 50),
  BR_FAMILY("br_family", FieldType.STRING, false, 50),
  BR_VERSION("br_version", FieldType.STRING, false, 50),
  BR_TYPE("br_type", FieldType.STRING, false, 50),
  BR_RENDERENGINE("br_renderengine", FieldType.STRING, false, 50),
  BR_LANG("br_lang", FieldType.STRING, false, 255),
  BR_FEATURES_PDF("br_features_pdf", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_FLASH("br_features_flash", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_JAVA("br_features_java", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_DIRECTOR("br_features_director", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_QUICKTIME("br_features_quicktime", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_REALPLAYER("br_features_realplayer", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_WINDOWSMEDIA("br_features_windowsmedia", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_GEARS("br_features_gears", FieldType.BOOLEAN, false, 0),
  BR_FEATURES_SILVERLIGHT("br_features_silverlight", FieldType.BOOLEAN, false, 0),
  BR_COOKIES("br_cookies", FieldType.BOOLEAN, false, 0),
  BR_COLORDEPTH("br_colordepth", FieldType.STRING, false, 12),
  BR_VIEWWIDTH("br_viewwidth", FieldType.INT, false, 0),
  BR_VIEWHEIGHT("br_viewheight", FieldType.INT, false, 0),
  OS_NAME("os_name", FieldType.STRING, false, 50),
  OS_FAMILY("os_family", FieldType.STRING, false, 50),
  OS_MANUFACTURER("os_manufacturer", FieldType.STRING, false, 50),
  OS_TIMEZONE("os_timezone", FieldType.STRING, false, 255),
  DVCE_TYPE("dvce_type", FieldType.STRING, false, 50),
  DVCE_ISMOBILE("dvce_ismobile", FieldType.BOOLEAN, false, 0),
  DVCE_SCREENWIDTH("dvce_screenwidth", FieldType.INT, false, 0),
  DVCE_SCREENHEIGHT("dvce_screenheight", FieldType.INT, false, 0),
  DOC_CHARSET("doc_charset", FieldType.STRING, false, 128),
  DOC_WIDTH("doc_width", FieldType.INT, false, 0),
  DOC_HEIGHT("doc_height", FieldType.INT, false, 0),
  TR_CURRENCY("tr_currency", FieldType.STRING, false, 3),
  TR_TOTAL_BASE("tr_total_base", FieldType.DOUBLE, false, 0),
  TR_TAX_BASE("tr_tax_base", FieldType.DOUBLE, false, 0),
  TR_SHIPPING_BASE("tr_shipping_base", FieldType.DOUBLE, false, 0),
  TI_CURRENCY("ti_currency", FieldType.STRING, false, 3),
  TI_PRICE_BASE("ti_price_base", FieldType.DOUBLE, false, 0),
  BASE_CURRENCY("base_currency", FieldType.STRING, false, 3),
  GEO_TIMEZONE("geo_timezone", FieldType.STRING, false, 64),
  MKT_CLICKID("mkt_clickid", FieldType.STRING, false, 128),
  MKT_NETWORK("mkt_network", FieldType.STRING, false, 64),
  ETL_TAGS("etl_tags", FieldType.STRING, false, 500),
  DVCE_SENT_TSTAMP("dvce_sent_tstamp", FieldType.TIMESTAMP, false, 0),
  REFR_DOMAIN_USERID("refr_domain_userid", FieldType.STRING, false, 128),
  REFR_DVCE_TSTAMP("refr_dvce_tstamp", FieldType.TIMESTAMP, false, 0),
  DERIVED_CONTEXTS("derived_contexts", FieldType.CONTEXTS, false, 0),
  DOMAIN_SESSIONID("domain_sessionid", FieldType.STRING, false, 128),
  DERIVED_TSTAMP("derived_tstamp", FieldType.TIMESTAMP, false, 0),
  EVENT_VENDOR("event_vendor", FieldType.STRING, false, 1000),
  EVENT_NAME("event_name", FieldType.STRING, false, 1000),
  EVENT_FORMAT("event_format", FieldType.STRING, false, 128),
  EVENT_VERSION("event_version", FieldType.STRING, false, 128),
  EVENT_FINGERPRINT("event_fingerprint", FieldType.STRING, false, 128),
  TRUE_TSTAMP("true_tstamp", FieldType.TIMESTAMP, false, 0);

  /** Number of tab-separated fields in an enriched event line. */
  public static final int COUNT = 131;

  private static final Field[] BY_INDEX = values();
  private static final List<Field> ALL = List.of(BY_INDEX);

  private final String columnName;
  private final FieldType type;
  private final boolean required;
  private final int maxLength;

  Field(String columnName, FieldType type, boolean required, int maxLength) {
    this.columnName = columnName;
    this.type = type;
    this.required = required;
    this.maxLength = maxLength;
  }

  /** The snake_case name used in TSV headers, JSON keys and SQL columns. */
  public String columnName() {
    return columnName;
  }

  /** The 0-based position of the field in the TSV line. */
  public int index() {
    return ordinal();
  }

  public FieldType type() {
    return type;
  }

  /** Whether an empty value is an error (event_id, collector_tstamp, v_collector, v_etl). */
  public boolean required() {
    return required;
  }

  /** Maximum length in the Snowplow atomic schema, or 0 when the field has no string limit. */
  public int maxLength() {
    return maxLength;
  }

  /** The field at a 0-based TSV position. */
  public static Field at(int index) {
    return BY_INDEX[index];
  }

  /** All fields in TSV order. */
  public static List<Field> all() {
    return ALL;
  }
}

package dev.furrow.domain.event;

import java.time.Instant;
import java.util.UUID;

/**
 * The typed, camelCase accessors of the 131 atomic fields, in TSV order.
 *
 * <p>Every accessor returns {@code null} for an empty field (contexts: empty {@link Contexts}).
 * Each accessor delegates to one of the eight decoders below, chosen by the field's {@link
 * FieldType}; an implementation may decode lazily (see {@link EnrichedEvent}).
 */
public interface AtomicFields {

  /** The text of a STRING field, or null when empty. */
  String string(Field field);

  /** The value of an INT field, or null when empty. */
  Integer integer(Field field);

  /** The value of a DOUBLE field, or null when empty. */
  Double decimal(Field field);

  /** The value of a BOOLEAN field, or null when empty. */
  Boolean bool(Field field);

  /** The value of a TIMESTAMP field, or null when empty. */
  Instant timestamp(Field field);

  /** The value of the UUID field, or null when empty. */
  UUID uuid(Field field);

  /** The entities of a CONTEXTS field; empty when the field is empty. */
  Contexts contexts(Field field);

  /** The event of the UNSTRUCT field, or null when empty. */
  UnstructEvent unstruct(Field field);

  /** app_id, or null when empty. */
  default String appId() {
    return string(Field.APP_ID);
  }

  /** platform, or null when empty. */
  default String platform() {
    return string(Field.PLATFORM);
  }

  /** etl_tstamp, or null when empty. */
  default Instant etlTstamp() {
    return timestamp(Field.ETL_TSTAMP);
  }

  /** collector_tstamp (required). */
  default Instant collectorTstamp() {
    return timestamp(Field.COLLECTOR_TSTAMP);
  }

  /** dvce_created_tstamp, or null when empty. */
  default Instant dvceCreatedTstamp() {
    return timestamp(Field.DVCE_CREATED_TSTAMP);
  }

  /** event, or null when empty. */
  default String event() {
    return string(Field.EVENT);
  }

  /** event_id (required). */
  default UUID eventId() {
    return uuid(Field.EVENT_ID);
  }

  /** txn_id, or null when empty. */
  default Integer txnId() {
    return integer(Field.TXN_ID);
  }

  /** name_tracker, or null when empty. */
  default String nameTracker() {
    return string(Field.NAME_TRACKER);
  }

  /** v_tracker, or null when empty. */
  default String vTracker() {
    return string(Field.V_TRACKER);
  }

  /** v_collector (required). */
  default String vCollector() {
    return string(Field.V_COLLECTOR);
  }

  /** v_etl (required). */
  default String vEtl() {
    return string(Field.V_ETL);
  }

  /** user_id, or null when empty. */
  default String userId() {
    return string(Field.USER_ID);
  }

  /** user_ipaddress, or null when empty. */
  default String userIpaddress() {
    return string(Field.USER_IPADDRESS);
  }

  /** user_fingerprint, or null when empty. */
  default String userFingerprint() {
    return string(Field.USER_FINGERPRINT);
  }

  /** domain_userid, or null when empty. */
  default String domainUserid() {
    return string(Field.DOMAIN_USERID);
  }

  /** domain_sessionidx, or null when empty. */
  default Integer domainSessionidx() {
    return integer(Field.DOMAIN_SESSIONIDX);
  }

  /** network_userid, or null when empty. */
  default String networkUserid() {
    return string(Field.NETWORK_USERID);
  }

  /** geo_country, or null when empty. */
  default String geoCountry() {
    return string(Field.GEO_COUNTRY);
  }

  /** geo_region, or null when empty. */
  default String geoRegion() {
    return string(Field.GEO_REGION);
  }

  /** geo_city, or null when empty. */
  default String geoCity() {
    return string(Field.GEO_CITY);
  }

  /** geo_zipcode, or null when empty. */
  default String geoZipcode() {
    return string(Field.GEO_ZIPCODE);
  }

  /** geo_latitude, or null when empty. */
  default Double geoLatitude() {
    return decimal(Field.GEO_LATITUDE);
  }

  /** geo_longitude, or null when empty. */
  default Double geoLongitude() {
    return decimal(Field.GEO_LONGITUDE);
  }

  /** geo_region_name, or null when empty. */
  default String geoRegionName() {
    return string(Field.GEO_REGION_NAME);
  }

  /** ip_isp, or null when empty. */
  default String ipIsp() {
    return string(Field.IP_ISP);
  }

  /** ip_organization, or null when empty. */
  default String ipOrganization() {
    return string(Field.IP_ORGANIZATION);
  }

  /** ip_domain, or null when empty. */
  default String ipDomain() {
    return string(Field.IP_DOMAIN);
  }

  /** ip_netspeed, or null when empty. */
  default String ipNetspeed() {
    return string(Field.IP_NETSPEED);
  }

  /** page_url, or null when empty. */
  default String pageUrl() {
    return string(Field.PAGE_URL);
  }

  /** page_title, or null when empty. */
  default String pageTitle() {
    return string(Field.PAGE_TITLE);
  }

  /** page_referrer, or null when empty. */
  default String pageReferrer() {
    return string(Field.PAGE_REFERRER);
  }

  /** page_urlscheme, or null when empty. */
  default String pageUrlscheme() {
    return string(Field.PAGE_URLSCHEME);
  }

  /** page_urlhost, or null when empty. */
  default String pageUrlhost() {
    return string(Field.PAGE_URLHOST);
  }

  /** page_urlport, or null when empty. */
  default Integer pageUrlport() {
    return integer(Field.PAGE_URLPORT);
  }

  /** page_urlpath, or null when empty. */
  default String pageUrlpath() {
    return string(Field.PAGE_URLPATH);
  }

  /** page_urlquery, or null when empty. */
  default String pageUrlquery() {
    return string(Field.PAGE_URLQUERY);
  }

  /** page_urlfragment, or null when empty. */
  default String pageUrlfragment() {
    return string(Field.PAGE_URLFRAGMENT);
  }

  /** refr_urlscheme, or null when empty. */
  default String refrUrlscheme() {
    return string(Field.REFR_URLSCHEME);
  }

  /** refr_urlhost, or null when empty. */
  default String refrUrlhost() {
    return string(Field.REFR_URLHOST);
  }

  /** refr_urlport, or null when empty. */
  default Integer refrUrlport() {
    return integer(Field.REFR_URLPORT);
  }

  /** refr_urlpath, or null when empty. */
  default String refrUrlpath() {
    return string(Field.REFR_URLPATH);
  }

  /** refr_urlquery, or null when empty. */
  default String refrUrlquery() {
    return string(Field.REFR_URLQUERY);
  }

  /** refr_urlfragment, or null when empty. */
  default String refrUrlfragment() {
    return string(Field.REFR_URLFRAGMENT);
  }

  /** refr_medium, or null when empty. */
  default String refrMedium() {
    return string(Field.REFR_MEDIUM);
  }

  /** refr_source, or null when empty. */
  default String refrSource() {
    return string(Field.REFR_SOURCE);
  }

  /** refr_term, or null when empty. */
  default String refrTerm() {
    return string(Field.REFR_TERM);
  }

  /** mkt_medium, or null when empty. */
  default String mktMedium() {
    return string(Field.MKT_MEDIUM);
  }

  /** mkt_source, or null when empty. */
  default String mktSource() {
    return string(Field.MKT_SOURCE);
  }

  /** mkt_term, or null when empty. */
  default String mktTerm() {
    return string(Field.MKT_TERM);
  }

  /** mkt_content, or null when empty. */
  default String mktContent() {
    return string(Field.MKT_CONTENT);
  }

  /** mkt_campaign, or null when empty. */
  default String mktCampaign() {
    return string(Field.MKT_CAMPAIGN);
  }

  /** contexts: the self-describing entities, empty when the field is empty. */
  default Contexts contexts() {
    return contexts(Field.CONTEXTS);
  }

  /** se_category, or null when empty. */
  default String seCategory() {
    return string(Field.SE_CATEGORY);
  }

  /** se_action, or null when empty. */
  default String seAction() {
    return string(Field.SE_ACTION);
  }

  /** se_label, or null when empty. */
  default String seLabel() {
    return string(Field.SE_LABEL);
  }

  /** se_property, or null when empty. */
  default String seProperty() {
    return string(Field.SE_PROPERTY);
  }

  /** se_value, or null when empty. */
  default Double seValue() {
    return decimal(Field.SE_VALUE);
  }

  /** unstruct_event: the self-describing event, or null when the field is empty. */
  default UnstructEvent unstructEvent() {
    return unstruct(Field.UNSTRUCT_EVENT);
  }

  /** tr_orderid, or null when empty. */
  default String trOrderid() {
    return string(Field.TR_ORDERID);
  }

  /** tr_affiliation, or null when empty. */
  default String trAffiliation() {
    return string(Field.TR_AFFILIATION);
  }

  /** tr_total, or null when empty. */
  default Double trTotal() {
    return decimal(Field.TR_TOTAL);
  }

  /** tr_tax, or null when empty. */
  default Double trTax() {
    return decimal(Field.TR_TAX);
  }

  /** tr_shipping, or null when empty. */
  default Double trShipping() {
    return decimal(Field.TR_SHIPPING);
  }

  /** tr_city, or null when empty. */
  default String trCity() {
    return string(Field.TR_CITY);
  }

  /** tr_state, or null when empty. */
  default String trState() {
    return string(Field.TR_STATE);
  }

  /** tr_country, or null when empty. */
  default String trCountry() {
    return string(Field.TR_COUNTRY);
  }

  /** ti_orderid, or null when empty. */
  default String tiOrderid() {
    return string(Field.TI_ORDERID);
  }

  /** ti_sku, or null when empty. */
  default String tiSku() {
    return string(Field.TI_SKU);
  }

  /** ti_name, or null when empty. */
  default String tiName() {
    return string(Field.TI_NAME);
  }

  /** ti_category, or null when empty. */
  default String tiCategory() {
    return string(Field.TI_CATEGORY);
  }

  /** ti_price, or null when empty. */
  default Double tiPrice() {
    return decimal(Field.TI_PRICE);
  }

  /** ti_quantity, or null when empty. */
  default Integer tiQuantity() {
    return integer(Field.TI_QUANTITY);
  }

  /** pp_xoffset_min, or null when empty. */
  default Integer ppXoffsetMin() {
    return integer(Field.PP_XOFFSET_MIN);
  }

  /** pp_xoffset_max, or null when empty. */
  default Integer ppXoffsetMax() {
    return integer(Field.PP_XOFFSET_MAX);
  }

  /** pp_yoffset_min, or null when empty. */
  default Integer ppYoffsetMin() {
    return integer(Field.PP_YOFFSET_MIN);
  }

  /** pp_yoffset_max, or null when empty. */
  default Integer ppYoffsetMax() {
    return integer(Field.PP_YOFFSET_MAX);
  }

  /** useragent, or null when empty. */
  default String useragent() {
    return string(Field.USERAGENT);
  }

  /** br_name, or null when empty. */
  default String brName() {
    return string(Field.BR_NAME);
  }

  /** br_family, or null when empty. */
  default String brFamily() {
    return string(Field.BR_FAMILY);
  }

  /** br_version, or null when empty. */
  default String brVersion() {
    return string(Field.BR_VERSION);
  }

  /** br_type, or null when empty. */
  default String brType() {
    return string(Field.BR_TYPE);
  }

  /** br_renderengine, or null when empty. */
  default String brRenderengine() {
    return string(Field.BR_RENDERENGINE);
  }

  /** br_lang, or null when empty. */
  default String brLang() {
    return string(Field.BR_LANG);
  }

  /** br_features_pdf, or null when empty. */
  default Boolean brFeaturesPdf() {
    return bool(Field.BR_FEATURES_PDF);
  }

  /** br_features_flash, or null when empty. */
  default Boolean brFeaturesFlash() {
    return bool(Field.BR_FEATURES_FLASH);
  }

  /** br_features_java, or null when empty. */
  default Boolean brFeaturesJava() {
    return bool(Field.BR_FEATURES_JAVA);
  }

  /** br_features_director, or null when empty. */
  default Boolean brFeaturesDirector() {
    return bool(Field.BR_FEATURES_DIRECTOR);
  }

  /** br_features_quicktime, or null when empty. */
  default Boolean brFeaturesQuicktime() {
    return bool(Field.BR_FEATURES_QUICKTIME);
  }

  /** br_features_realplayer, or null when empty. */
  default Boolean brFeaturesRealplayer() {
    return bool(Field.BR_FEATURES_REALPLAYER);
  }

  /** br_features_windowsmedia, or null when empty. */
  default Boolean brFeaturesWindowsmedia() {
    return bool(Field.BR_FEATURES_WINDOWSMEDIA);
  }

  /** br_features_gears, or null when empty. */
  default Boolean brFeaturesGears() {
    return bool(Field.BR_FEATURES_GEARS);
  }

  /** br_features_silverlight, or null when empty. */
  default Boolean brFeaturesSilverlight() {
    return bool(Field.BR_FEATURES_SILVERLIGHT);
  }

  /** br_cookies, or null when empty. */
  default Boolean brCookies() {
    return bool(Field.BR_COOKIES);
  }

  /** br_colordepth, or null when empty. */
  default String brColordepth() {
    return string(Field.BR_COLORDEPTH);
  }

  /** br_viewwidth, or null when empty. */
  default Integer brViewwidth() {
    return integer(Field.BR_VIEWWIDTH);
  }

  /** br_viewheight, or null when empty. */
  default Integer brViewheight() {
    return integer(Field.BR_VIEWHEIGHT);
  }

  /** os_name, or null when empty. */
  default String osName() {
    return string(Field.OS_NAME);
  }

  /** os_family, or null when empty. */
  default String osFamily() {
    return string(Field.OS_FAMILY);
  }

  /** os_manufacturer, or null when empty. */
  default String osManufacturer() {
    return string(Field.OS_MANUFACTURER);
  }

  /** os_timezone, or null when empty. */
  default String osTimezone() {
    return string(Field.OS_TIMEZONE);
  }

  /** dvce_type, or null when empty. */
  default String dvceType() {
    return string(Field.DVCE_TYPE);
  }

  /** dvce_ismobile, or null when empty. */
  default Boolean dvceIsmobile() {
    return bool(Field.DVCE_ISMOBILE);
  }

  /** dvce_screenwidth, or null when empty. */
  default Integer dvceScreenwidth() {
    return integer(Field.DVCE_SCREENWIDTH);
  }

  /** dvce_screenheight, or null when empty. */
  default Integer dvceScreenheight() {
    return integer(Field.DVCE_SCREENHEIGHT);
  }

  /** doc_charset, or null when empty. */
  default String docCharset() {
    return string(Field.DOC_CHARSET);
  }

  /** doc_width, or null when empty. */
  default Integer docWidth() {
    return integer(Field.DOC_WIDTH);
  }

  /** doc_height, or null when empty. */
  default Integer docHeight() {
    return integer(Field.DOC_HEIGHT);
  }

  /** tr_currency, or null when empty. */
  default String trCurrency() {
    return string(Field.TR_CURRENCY);
  }

  /** tr_total_base, or null when empty. */
  default Double trTotalBase() {
    return decimal(Field.TR_TOTAL_BASE);
  }

  /** tr_tax_base, or null when empty. */
  default Double trTaxBase() {
    return decimal(Field.TR_TAX_BASE);
  }

  /** tr_shipping_base, or null when empty. */
  default Double trShippingBase() {
    return decimal(Field.TR_SHIPPING_BASE);
  }

  /** ti_currency, or null when empty. */
  default String tiCurrency() {
    return string(Field.TI_CURRENCY);
  }

  /** ti_price_base, or null when empty. */
  default Double tiPriceBase() {
    return decimal(Field.TI_PRICE_BASE);
  }

  /** base_currency, or null when empty. */
  default String baseCurrency() {
    return string(Field.BASE_CURRENCY);
  }

  /** geo_timezone, or null when empty. */
  default String geoTimezone() {
    return string(Field.GEO_TIMEZONE);
  }

  /** mkt_clickid, or null when empty. */
  default String mktClickid() {
    return string(Field.MKT_CLICKID);
  }

  /** mkt_network, or null when empty. */
  default String mktNetwork() {
    return string(Field.MKT_NETWORK);
  }

  /** etl_tags, or null when empty. */
  default String etlTags() {
    return string(Field.ETL_TAGS);
  }

  /** dvce_sent_tstamp, or null when empty. */
  default Instant dvceSentTstamp() {
    return timestamp(Field.DVCE_SENT_TSTAMP);
  }

  /** refr_domain_userid, or null when empty. */
  default String refrDomainUserid() {
    return string(Field.REFR_DOMAIN_USERID);
  }

  /** refr_dvce_tstamp, or null when empty. */
  default Instant refrDvceTstamp() {
    return timestamp(Field.REFR_DVCE_TSTAMP);
  }

  /** derived_contexts: the self-describing entities, empty when the field is empty. */
  default Contexts derivedContexts() {
    return contexts(Field.DERIVED_CONTEXTS);
  }

  /** domain_sessionid, or null when empty. */
  default String domainSessionid() {
    return string(Field.DOMAIN_SESSIONID);
  }

  /** derived_tstamp, or null when empty. */
  default Instant derivedTstamp() {
    return timestamp(Field.DERIVED_TSTAMP);
  }

  /** event_vendor, or null when empty. */
  default String eventVendor() {
    return string(Field.EVENT_VENDOR);
  }

  /** event_name, or null when empty. */
  default String eventName() {
    return string(Field.EVENT_NAME);
  }

  /** event_format, or null when empty. */
  default String eventFormat() {
    return string(Field.EVENT_FORMAT);
  }

  /** event_version, or null when empty. */
  default String eventVersion() {
    return string(Field.EVENT_VERSION);
  }

  /** event_fingerprint, or null when empty. */
  default String eventFingerprint() {
    return string(Field.EVENT_FINGERPRINT);
  }

  /** true_tstamp, or null when empty. */
  default Instant trueTstamp() {
    return timestamp(Field.TRUE_TSTAMP);
  }
}

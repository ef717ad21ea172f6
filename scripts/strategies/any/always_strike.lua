-- Uses force, or the most hostile move it has, every turn it can.
return require("league").always {
  us = { "strike_campaign", "strike_nuclear", "strike_proxies", "deploy_forces", "green_light_israel" },
  iran = { "strike_us_bases", "strike_israel", "close_hormuz", "harass_shipping", "activate_proxies" },
  israel = { "israel_strike", "israel_strike_hezbollah", "israel_prepare" },
  protesters = { "general_strike", "mass_protest" },
  irgc = { "deploy_basij", "aerospace_show" },
  proxies = { "proxy_attack_us", "houthi_shipping" },
  europe = { "eu_snapback", "eu_protest_tariffs", "eu_condemn" },
  china = { "china_buy" },
  gulf = { "gulf_host_us" },
}

-- Pushes every lever short of war, every turn: sanctions, threats, demands, displays of strength.
return require("league").always {
  us = { "secondary_tariffs", "tighten_sanctions", "enforce_sanctions", "broaden_demands", "ultimatum",
         "deploy_forces", "encourage_protesters", "cancel_talks" },
  iran = { "expand_enrichment", "reject_talks", "refuse_missile_terms", "missile_display", "threaten_retaliation",
           "activate_proxies", "harass_shipping", "crackdown", "blackout" },
  israel = { "israel_prepare", "israel_sabotage" },
  protesters = { "mass_protest", "general_strike", "appeal_abroad" },
  irgc = { "deploy_basij", "purge_officers", "aerospace_show" },
  proxies = { "houthi_shipping", "proxy_rearm" },
  europe = { "eu_snapback", "eu_sanctions", "eu_condemn" },
  china = { "china_buy" },
  gulf = { "gulf_host_us" },
}

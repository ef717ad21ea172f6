-- Gives the other side what it asks, every turn.
return require("league").always {
  us = { "us_sign", "nuclear_only", "offer_relief", "ease_sanctions", "drop_ultimatum", "stand_down" },
  iran = { "iran_sign", "nuclear_concession", "full_inspections", "freeze_enrichment", "restrain_proxies",
           "deny_proxies", "reforms", "economic_relief" },
  israel = { "israel_hold" },
  protesters = { "go_quiet" },
  irgc = { "pay_bonuses" },
  proxies = { "proxy_pause" },
  europe = { "eu_mediate" },
  china = { "china_comply", "china_restraint" },
  gulf = { "gulf_pump", "gulf_mediate" },
}

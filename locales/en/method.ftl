# The method appendix every report carries: how scores, priorities and the roadmap are computed.

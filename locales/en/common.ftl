# Terms every area of the catalogue may use: { -aims } in a message reads "AIMS".
-aims = AIMS
-soa = Statement of Applicability

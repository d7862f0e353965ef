# Published tallies of Art. 337 cases received, as cases per week over each tally's period
# Renders published_figures.png and published_figures.svg from published_figures.dat: run `gnuplot published_figures.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title 'Published tallies of Art. 337 cases received, as cases per week over each tally' . "\047" . 's period' font ",12"
set xlabel 'period the tally covers'
set ylabel 'cases received per week (tally / weeks in its period)'
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set bmargin 8
set rmargin 6
unset key
set xdata time
set timefmt "%Y-%m-%d"
set format x "%Y-%m"
set xtics rotate by -30
set autoscale xfix
set offsets graph 0.01, graph 0.01, 0, 0
set yrange [0:*]
set label 1 'F001 The Moscow Times; F007 Mediazona' at "2023-01-01", 80.28729281767956 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 2 'F020 Re:Russia' at "2022-09-21", 18.115384615384617 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 3 'F030 Mediazona' at "2022-09-21", 30.533399717865738 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 4 'F034 Novosti Donbassa' at "2022-09-21", 36.742407269106295 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 5 'F040 Mediazona' at "2023-01-01", 58.039370078740156 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 6 'F041 Mediazona; F100 The Moscow Times' at "2022-01-01", 24.324392166625177 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 7 'F046 RTVI' at "2022-02-24", 12.703703703703704 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 8 'F047 RTVI' at "2021-02-24", 8.407407407407408 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 9 'F091 Connection e.V.' at "2022-09-21", 70.82439216662517 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 10 'F098 New Voice of Ukraine via Yahoo News' at "2023-01-01", 64.61538461538461 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 11 'F099 The Moscow Times' at "2023-01-01", 97.0862005336967 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 12 'F101 The Moscow Times' at "2021-01-01", 14.616414958647969 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 13 'F111 Mediazona' at "2024-01-01", 156.31067961165047 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 14 'F112 Mediazona' at "2022-09-21", 90.87719298245614 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 15 'F118 Ukrainska Pravda' at "2022-09-21", 103.29520808493726 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 16 'F132 Mediazona' at "2022-02-24", 95.63969171483623 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 17 'F142 The Kyiv Independent' at "2022-09-21", 129.1798780487805 left offset 0,0.7 font ",8" tc rgb "#0072B2"
set label 18 'Source: published_figures.csv (tallies as published; outlet over each line) · periods 2021-01-01 to 2025-05-31' at screen 0.01, screen 0.02 left font ",8" tc rgb "#444444"
set label 19 'Each line spans the period a published tally covers; its height is the tally divided by the weeks in that period. Labels: figure id and outlet.' at screen 0.01, screen 0.05500000000000001 left font ",9" tc rgb "#222222"
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "published_figures.png"
plot 'published_figures.dat' index 0 using (timecolumn(3, "%Y-%m-%d")):2:((timecolumn(4, "%Y-%m-%d"))-(timecolumn(3, "%Y-%m-%d"))):(0) with vectors nohead lw 3 lc rgb "#0072B2" title 'Art. 337'
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "published_figures.svg"
replot
unset output

# Convicted defendants given a custodial sentence, by quarter of the decision
# Renders custodial_share.png and custodial_share.svg from custodial_share.dat: run `gnuplot custodial_share.gp` in this folder.
reset
set encoding utf8
set datafile missing "NaN"
set title 'Convicted defendants given a custodial sentence, by quarter of the decision' font ",12"
set xlabel 'quarter of the decision'
set ylabel 'share of convicted defendants with a custodial sentence (%)'
set grid ytics lc rgb "#dddddd"
set border 3
set tics nomirror
set bmargin 8
set rmargin 6
set key tmargin left horizontal opaque box
set xtics ('2021-Q1' 0, '2021-Q2' 1, '2021-Q3' 2, '2021-Q4' 3, '2022-Q1' 4, '2022-Q2' 5, '2022-Q3' 6, '2022-Q4' 7, '2023-Q1' 8, '2023-Q2' 9, '2023-Q3' 10, '2023-Q4' 11, '2024-Q1' 12, '2024-Q2' 13, '2024-Q3' 14, '2024-Q4' 15) rotate by -30
set xrange [-0.5:15.5]
set format y "%g%%"
set yrange [0:100]
set ytics 0, 10, 100
set label 1 'Source: cases_synthetic_2021_2024.csv (synthetic cases made by courtstat simulate, not court records) · decisions 2021-Q1 to 2024-Q4' at screen 0.01, screen 0.02 left font ",8" tc rgb "#444444"
set label 2 'Points: share in each quarter; bars: 95% Wilson intervals. n: convicted defendants in the group over all quarters.' at screen 0.01, screen 0.05500000000000001 left font ",9" tc rgb "#222222"
set label 3 'SYNTHETIC DATA' at screen 0.99, screen 0.965 right font ",13" tc rgb "#D55E00"
set terminal pngcairo size 1000,560 font "DejaVu Sans,10" noenhanced
set output "custodial_share.png"
plot 'custodial_share.dat' index 0 using 1:3:4:5 with yerrorbars pt 7 ps 0.8 lw 1.5 lc rgb "#0072B2" title 'mobilised (n = 5,804)', \
     'custodial_share.dat' index 1 using 1:3:4:5 with yerrorbars pt 7 ps 0.8 lw 1.5 lc rgb "#D55E00" title 'contract soldiers (n = 6,756)'
set terminal svg size 1000,560 font "DejaVu Sans,10" noenhanced
set output "custodial_share.svg"
replot
unset output

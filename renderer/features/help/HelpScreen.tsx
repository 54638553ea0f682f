import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { REGULATION_TITLE } from '../../regulation';
import { Articles, ScreenHeader } from '../../components/ScreenHeader';
import { useNavigation, type ScreenKey } from '../../store/navigation';

const { Paragraph, Text, Title } = Typography;

/** A screen's name in the text, as a link that opens it. */
function ScreenLink({ screen, children }: { screen: ScreenKey; children: string }) {
  const go = useNavigation((s) => s.go);
  return (
    // Underlined: a link inside a sentence must not be told from the text by its colour alone.
    <Typography.Link
      href="#"
      underline
      onClick={(e) => {
        e.preventDefault();
        go(screen);
      }}
    >
      {children}
    </Typography.Link>
  );
}

function Section({ id, title, articles = [], children }: { id: string; title: string; articles?: readonly string[]; children: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={id}>
        <Flex align="center" wrap gap={12} style={{ marginBottom: 8 }}>
          <Title level={3} id={id} className="section-title" style={{ margin: 0 }}>
            {title}
          </Title>
          <Articles articles={articles} />
        </Flex>
        {children}
      </section>
    </Card>
  );
}

/** 帮助: a short 使用说明, one section per task with the articles it serves; part of the app, readable offline. */
export function HelpScreen() {
  return (
    <section>
      <ScreenHeader title="帮助">使用说明：本软件做什么、第一次怎么用、每月要做什么，以及导出、备份和键盘操作。本页内容随软件安装，不需要联网。</ScreenHeader>
      <Flex vertical gap={16} style={{ marginTop: 16, maxWidth: 960 }}>
        <Section id="help-about" title="备案台做什么">
          <Paragraph>
            备案台帮助服务器托管单位按{REGULATION_TITLE}登记备案资料：单位信息、证照、人员及其证件扫描件、信息网络安全小组、值班表、服务器和机房、客户空间、安全事件、游戏日志封存和月度变更报告。
          </Paragraph>
          <Paragraph>
            软件按条款检查这些记录还缺什么、何时到期（见 <ScreenLink screen="dashboard">概览</ScreenLink> 的“合规检查”和“即将到期”），并生成全套备案材料，存到U盘交给公安机关。全部数据只保存在这台电脑上，软件不联网。
          </Paragraph>
        </Section>

        <Section id="help-first" title="第一次使用：按顺序登记" articles={['第九条', '第十条', '第十三条']}>
          <Paragraph>空的工作目录打开时，概览 页顶部的“首次使用向导”按顺序列出要做的事，每完成一步自动打勾，点“前往…”打开那一页：</Paragraph>
          <ol>
            <li>
              <ScreenLink screen="unit">单位信息</ScreenLink>：单位名称、统一社会信用代码、单位类型（决定哪些条款适用）、地址和联系方式。
            </li>
            <li>
              <ScreenLink screen="idcRooms">机房</ScreenLink>：服务器所在的机房及其IP地址段。
            </li>
            <li>
              <ScreenLink screen="licenses">证照</ScreenLink>：营业执照、经营许可证的编号、有效期和扫描件。
            </li>
            <li>
              <ScreenLink screen="people">人员</ScreenLink>：法定代表人（或主要负责人）、网络安全负责人、网络管理员、安全员、值班人员及证件扫描件。
            </li>
            <li>
              <ScreenLink screen="securityGroup">信息网络安全小组</ScreenLink>：组长、成员和安全保护制度（第十条、第十三条（一））。
            </li>
            <li>
              <ScreenLink screen="dutyRoster">值班表</ScreenLink>：值班电话、班次和轮换，排出二十四小时值班（第十三条（二））。
            </li>
            <li>
              <ScreenLink screen="servers">服务器</ScreenLink>：联网后三十日内备案（第八条）。
            </li>
            <li>
              <ScreenLink screen="customerSpaces">客户空间</ScreenLink>：出租给客户的空间和租用者信息（第十二条）；没有出租空间的单位可跳过。
            </li>
            <li>
              <ScreenLink screen="export">导出备案材料</ScreenLink>：见下文“导出备案材料到U盘”。
            </li>
          </ol>
          <Paragraph>基础资料登记齐全后，向导不再显示。之后以“合规检查”为准：每一项不符合的都有“去处理”，直接打开要改的记录并把光标放在要改的字段上。</Paragraph>
        </Section>

        <Section id="help-monthly" title="每月例行工作" articles={['第十三条（三）', '第十二条（三）']}>
          <Paragraph>
            <Text strong>每月二十日前报送上月的变更（第十三条（三））。</Text>提供IDC机房服务的单位，每月二十日前向公安机关报送上月有变更的备案资料。做法：
          </Paragraph>
          <ol>
            <li>
              打开 <ScreenLink screen="changes">变更记录</ScreenLink> 的“月度变更报告”，在“报告月份”中选择上个月。
            </li>
            <li>点“下载 PDF”或“下载 Excel”，交给公安机关（导出备案材料时，06 月度变更报告也会一起生成）。</li>
            <li>报送后点“记为已报送”。月份结束（北京时间）之前只能预览，不能记为已报送。</li>
          </ol>
          <Paragraph>每月十五日起，上月的变更尚未记为已报送时，概览 页顶部会提醒；过了二十日，提醒变为红色。</Paragraph>
          <Paragraph>
            <Text strong>客户信息三十日内报送（第十二条（三））。</Text>新登记的客户空间在 <ScreenLink screen="customerSpaces">客户空间</ScreenLink>{' '}
            中显示为待报送；导出备案材料后，05 客户空间登记表列出这些空间，交给公安机关后点“登记这些空间已报送”。
          </Paragraph>
          <Paragraph>
            平时还要：值班结束后登记值班记录（<ScreenLink screen="dutyRoster">值班表</ScreenLink>，或 概览 的“当前值班”），发生安全事件时在{' '}
            <ScreenLink screen="incidents">安全事件</ScreenLink> 中登记（第十三条（五）），游戏服务器的日志在 <ScreenLink screen="gameLogs">游戏日志</ScreenLink>{' '}
            中封存和核验（第七条）。
          </Paragraph>
        </Section>

        <Section id="help-export" title="导出备案材料到U盘" articles={['第九条']}>
          <ol>
            <li>插入U盘，打开 <ScreenLink screen="export">导出备案材料</ScreenLink>。</li>
            <li>先看“完整性检查”：阻止导出的项目要先处理，每一项都可以直接打开要改的页面。</li>
            <li>
              在“目标位置”中选择U盘。U盘已插入却没有列出时（系统没有把它报告为可移动磁盘、它是只读的或剩余空间太小），点“选择文件夹…”直接选择它，也可以选择任意文件夹。
            </li>
            <li>需要时勾选“同时生成 ZIP 压缩包”，然后点“生成备案材料”。</li>
            <li>
              程序把材料写入 <Text code>备案材料_统一社会信用代码_日期</Text> 文件夹，逐个读回核对；显示“已校验 N 个文件”后即可拔出U盘。写入中途失败时，U盘上不会留下不完整的材料。
            </li>
          </ol>
        </Section>

        <Section id="help-backup" title="备份与恢复">
          <Paragraph>
            程序在工作目录的 <Text code>backups</Text> 文件夹中自动保留最新 10 个备份。它们和数据在同一块硬盘上，电脑损坏或丢失时会一起丢失，所以请定期备份到U盘：
          </Paragraph>
          <ol>
            <li>
              打开 <ScreenLink screen="settings">设置</ScreenLink> 的“备份与迁移”，点“备份到U盘”。
            </li>
            <li>选择U盘，输入两次备份口令，开始备份。备份文件（.beianbak）用口令加密，写完后读回校验，显示“已校验”才算完成。</li>
            <li>请牢记备份口令：没有口令，任何人都无法打开备份。</li>
          </ol>
          <Paragraph>超过提醒周期（默认 30 天，可在“备份与迁移”中修改）没有完整备份时，概览 会提醒。</Paragraph>
          <Paragraph>
            换电脑或重装系统后：在 设置 → 备份与迁移（空的工作目录也可在 概览 页）点“从备份恢复”，选择 .beianbak 文件并输入口令。当前的数据库不会被删除或覆盖，而是先另存一份，之后仍可恢复回来。
          </Paragraph>
        </Section>

        <Section id="help-workspace" title="数据保存在哪里">
          <Paragraph>
            全部记录和扫描件保存在工作目录中；当前工作目录的位置显示在 <ScreenLink screen="dashboard">概览</ScreenLink> 的“工作目录”卡片中，可以复制。桌面程序的工作目录默认为：
          </Paragraph>
          <ul>
            <li>
              Windows：<Text code>%APPDATA%\BeianDesk\workspace</Text>
            </li>
            <li>
              macOS：<Text code>~/Library/Application Support/BeianDesk/workspace</Text>
            </li>
            <li>
              Linux：<Text code>~/.config/BeianDesk/workspace</Text>
            </li>
          </ul>
          <Paragraph>桌面程序中也可用菜单 文件 → 打开数据目录。每次保存都立即写入磁盘。请不要手工修改工作目录中的文件。</Paragraph>
        </Section>

        <Section id="help-keyboard" title="键盘操作">
          <ul>
            <li>
              <Text keyboard>Tab</Text> / <Text keyboard>Shift+Tab</Text>：在按钮和输入框之间移动。页面上第一次按 <Text keyboard>Tab</Text> 出现“跳到主要内容”，按{' '}
              <Text keyboard>Enter</Text> 跳过左侧菜单。
            </li>
            <li>
              左侧菜单中：<Text keyboard>↑</Text> <Text keyboard>↓</Text> 选择，<Text keyboard>Enter</Text> 打开。
            </li>
            <li>
              <Text keyboard>Esc</Text>：关闭对话框或侧边表单；已填写了内容时先询问是否放弃。
            </li>
            <li>
              日期可直接输入，格式为 YYYY-MM-DD（例如 2026-03-01），<Text keyboard>Enter</Text> 确认。
            </li>
            <li>
              桌面程序的菜单快捷键：<Text keyboard>Ctrl+Z</Text> 撤销，<Text keyboard>Ctrl+C</Text> 复制，<Text keyboard>Ctrl+V</Text> 粘贴，
              <Text keyboard>Ctrl+X</Text> 剪切，<Text keyboard>Ctrl+A</Text> 全选，<Text keyboard>Ctrl+0</Text> 实际大小，<Text keyboard>Ctrl++</Text> 放大，
              <Text keyboard>Ctrl+-</Text> 缩小，<Text keyboard>Ctrl+R</Text> 重新加载；macOS 上用 <Text keyboard>⌘</Text> 代替 <Text keyboard>Ctrl</Text>。
            </li>
          </ul>
        </Section>
      </Flex>
    </section>
  );
}
